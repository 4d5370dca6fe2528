package org.implantdhr.web.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.implantdhr.casefile.boundary.CaseData;
import org.implantdhr.casefile.entity.ImplantCase;

/**
 * An implant case as the API reads and writes it; the surgeon by user name, the patient by
 * pseudonym only.
 */
public record CaseJson(
        @NotBlank @Size(max = 40) String caseNumber,
        @NotBlank @Size(max = 200) String hospital,
        @NotBlank @Size(max = 64) String surgeon,
        @NotBlank @Size(max = 40) String patientPseudonym,
        @NotBlank @Size(max = 20) String regulatoryPathway,
        @NotNull LocalDate plannedSurgeryDate,
        @NotBlank @Size(max = 200) String deviceName,
        @NotBlank @Size(max = 100) String deviceModel,
        @Size(max = 200) String prescriptionReference) {

    CaseData toData() {
        return new CaseData(
                caseNumber,
                hospital,
                surgeon,
                patientPseudonym,
                regulatoryPathway,
                plannedSurgeryDate,
                deviceName,
                deviceModel,
                prescriptionReference);
    }

    static CaseJson of(ImplantCase c, String surgeonUsername) {
        return new CaseJson(
                c.caseNumber(),
                c.hospital(),
                surgeonUsername,
                c.patientPseudonym(),
                c.pathway().name(),
                c.plannedSurgeryDate(),
                c.deviceName(),
                c.deviceModel(),
                c.prescriptionReference());
    }
}
