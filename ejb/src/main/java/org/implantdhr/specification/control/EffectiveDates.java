package org.implantdhr.specification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.specification.entity.SpecificationVersion;

/**
 * When a new version may take effect. Never in the past: the version in force on a past day must
 * stay the one that decisions of that day were judged by, so {@code effectiveOn(day)} keeps its
 * answer. And strictly after the latest approved version of the same code, so that on every day
 * exactly one version is in force.
 */
@Dependent
public class EffectiveDates {

    @Inject SpecificationRecords records;

    /**
     * Returns the latest approved version of the code, if any, which the new one will supersede.
     */
    public Optional<SpecificationVersion> check(
            String code, LocalDate effectiveFrom, LocalDate today) {
        if (effectiveFrom == null) {
            throw new InvalidRequestException(
                    "effectiveFrom", "The date from which the version is in force is required");
        }
        if (effectiveFrom.isBefore(today)) {
            throw new InvalidRequestException(
                    "effectiveFrom",
                    "A specification cannot take effect in the past ("
                            + effectiveFrom
                            + " is before today, "
                            + today
                            + ")");
        }
        Optional<SpecificationVersion> latest = records.approvedOf(code).stream().findFirst();
        latest.filter(l -> !effectiveFrom.isAfter(l.effectiveFrom()))
                .ifPresent(
                        l -> {
                            throw new InvalidRequestException(
                                    "effectiveFrom",
                                    l.label()
                                            + " is in force from "
                                            + l.effectiveFrom()
                                            + "; a new version takes effect after that day");
                        });
        return latest;
    }
}
