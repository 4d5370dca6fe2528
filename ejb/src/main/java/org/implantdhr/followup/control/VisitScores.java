package org.implantdhr.followup.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.implantdhr.followup.entity.DiseaseStatus;
import org.implantdhr.followup.entity.VasUnit;
import org.implantdhr.followup.entity.VisitFindings;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * The checks a visit's findings pass before anything is stored, each refusal naming its field: the
 * visit's date against the operation and the day of recording, Karnofsky on its scale and step, the
 * VAS within its unit's line and grain, the protocol's instrument on its scale and step, and the
 * disease status with a date that makes sense.
 */
public final class VisitScores {

    public static final int KARNOFSKY_STEP = 10;

    private VisitScores() {}

    /**
     * The findings as they are stored: the instrument's version filled in from the protocol, the
     * disease status's date defaulting to the visit's.
     *
     * @param operationDay the day of the operation in the hospital's calendar
     * @param today the day of recording in the same calendar
     */
    public static VisitFindings check(
            VisitFindings f,
            FollowUpProtocol protocol,
            ProtocolVisit visit,
            LocalDate operationDay,
            LocalDate today) {
        LocalDate date = f.visitDate();
        if (date == null) {
            throw new InvalidRequestException("visitDate", "The visit's date is required");
        }
        if (date.isAfter(today)) {
            throw new InvalidRequestException(
                    "visitDate",
                    "The visit's date " + date + " is in the future (today is " + today + ")");
        }
        if (visit.beforeOperation() && date.isAfter(operationDay)) {
            throw new InvalidRequestException(
                    "visitDate",
                    "The "
                            + visit.code()
                            + " visit is before the operation ("
                            + operationDay
                            + "): "
                            + date
                            + " is after it");
        }
        if (!visit.beforeOperation() && date.isBefore(operationDay)) {
            throw new InvalidRequestException(
                    "visitDate",
                    "The "
                            + visit.code()
                            + " visit cannot be before the operation ("
                            + operationDay
                            + "): "
                            + date);
        }
        checkKarnofsky(f.karnofsky());
        checkVas(f.vasValue(), f.vasUnit());
        Instrument instrument = null;
        if (f.instrumentScore() != null || f.instrumentCode() != null) {
            if (f.instrumentCode() == null || f.instrumentScore() == null) {
                throw new InvalidRequestException(
                        f.instrumentCode() == null ? "instrumentCode" : "instrumentScore",
                        "An instrument's score is given with its code, and a code with a score");
            }
            instrument =
                    protocol.instrument(f.instrumentCode())
                            .orElseThrow(
                                    () ->
                                            new InvalidRequestException(
                                                    "instrumentCode",
                                                    "Protocol "
                                                            + protocol.code()
                                                            + " "
                                                            + protocol.version()
                                                            + " has no instrument "
                                                            + f.instrumentCode()));
            if (f.instrumentVersion() != null
                    && !f.instrumentVersion().equals(instrument.version())) {
                throw new InvalidRequestException(
                        "instrumentVersion",
                        "This follow-up uses "
                                + instrument.code()
                                + " version "
                                + instrument.version()
                                + ", not "
                                + f.instrumentVersion());
            }
            instrument.check("instrumentScore", f.instrumentScore());
        }
        DiseaseStatus status = f.diseaseStatus();
        LocalDate statusDate = f.diseaseStatusDate();
        if (visit.beforeOperation()) {
            if (status != null || statusDate != null) {
                throw new InvalidRequestException(
                        "diseaseStatus",
                        "The disease status is assessed after the operation, not at "
                                + visit.code());
            }
        } else {
            if (status == null) {
                throw new InvalidRequestException(
                        "diseaseStatus",
                        "The disease status is required: NO_EVIDENCE_OF_DISEASE,"
                                + " LOCAL_RECURRENCE, DISTANT_RECURRENCE or DEATH");
            }
            statusDate = statusDate == null ? date : statusDate;
            if (statusDate.isBefore(operationDay) || statusDate.isAfter(date)) {
                throw new InvalidRequestException(
                        "diseaseStatusDate",
                        "The disease status's date lies between the operation ("
                                + operationDay
                                + ") and the visit ("
                                + date
                                + "): "
                                + statusDate);
            }
            boolean dead = status == DiseaseStatus.DEATH;
            if (f.karnofsky() != null && (f.karnofsky() == 0) != dead) {
                throw new InvalidRequestException(
                        "karnofsky",
                        "Karnofsky 0 means dead: it goes with the disease status DEATH and no"
                                + " other");
            }
        }
        String notes = f.notes() == null || f.notes().isBlank() ? null : f.notes().strip();
        if (notes != null && notes.length() > 2000) {
            throw new InvalidRequestException("notes", "At most 2000 characters");
        }
        return new VisitFindings(
                date,
                f.karnofsky(),
                f.vasValue(),
                f.vasUnit(),
                instrument == null ? null : instrument.code(),
                instrument == null ? null : instrument.version(),
                f.instrumentScore(),
                status,
                statusDate,
                notes);
    }

    /** Karnofsky performance status: 0 to 100 in steps of 10. */
    public static void checkKarnofsky(Integer karnofsky) {
        if (karnofsky == null) {
            return;
        }
        if (karnofsky < 0 || karnofsky > 100 || karnofsky % KARNOFSKY_STEP != 0) {
            throw new InvalidRequestException(
                    "karnofsky",
                    "The Karnofsky performance status is 0 to 100 in steps of 10: "
                            + karnofsky
                            + " is not on the scale");
        }
    }

    /** A VAS reading with its unit: within the line, and no finer than the line's millimetre. */
    public static void checkVas(BigDecimal value, VasUnit unit) {
        if (value == null && unit == null) {
            return;
        }
        if (unit == null) {
            throw new InvalidRequestException(
                    "vasUnit", "A VAS reading needs its unit: CM (0-10) or MM (0-100)");
        }
        if (value == null) {
            throw new InvalidRequestException("vasValue", "A VAS unit without a reading");
        }
        if (value.signum() < 0 || value.compareTo(unit.maximum()) > 0) {
            throw new InvalidRequestException(
                    "vasValue",
                    "The VAS in "
                            + unit
                            + " reads 0 to "
                            + unit.maximum().toPlainString()
                            + ": "
                            + value.toPlainString()
                            + " is off the line");
        }
        if (value.stripTrailingZeros().scale() > unit.scale()) {
            throw new InvalidRequestException(
                    "vasValue",
                    "The VAS in "
                            + unit
                            + " is read to "
                            + (unit.scale() == 0 ? "whole millimetres" : "a tenth of a cm")
                            + ": "
                            + value.toPlainString()
                            + " is finer than the line (not rounded)");
        }
    }
}
