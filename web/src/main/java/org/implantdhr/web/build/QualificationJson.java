package org.implantdhr.web.build;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.implantdhr.build.entity.MachineActivity;
import org.implantdhr.build.entity.MachineQualification;

/**
 * That a user may run (OPERATOR) or program (PROGRAMMER) a machine from one date to another, both
 * inclusive.
 */
public record QualificationJson(
        @NotBlank String username,
        @NotNull MachineActivity activity,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validUntil) {

    static QualificationJson of(MachineQualification q, String username) {
        return new QualificationJson(username, q.activity(), q.validFrom(), q.validUntil());
    }
}
