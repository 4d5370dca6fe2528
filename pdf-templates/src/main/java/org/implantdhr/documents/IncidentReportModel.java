package org.implantdhr.documents;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The device section of the EU Manufacturer Incident Report (MIR form 7.3.1, section 2) for one
 * vigilance case, with the incident's IMDRF codes (sections 3 and 4) that QA chose, as the signed
 * device history record states them. The document prints; the vigilance component decides every
 * value, including whether the report is still a draft.
 *
 * @param draft true while no reportability decision is signed for the case
 * @param decision what the case's decision is, in words (why the report is or is not a draft)
 * @param udiDi the UDI-DI, or why there is none (a custom-made device has no UDI, MDR Art. 27)
 * @param customMadeIdentification how a custom-made device is identified instead; blank otherwise
 * @param explantedOn the explant date, or blank while the device is in place
 */
public record IncidentReportModel(
        ZonedDateTime issuedAt,
        String issuedBy,
        boolean draft,
        String decision,
        Manufacturer manufacturer,
        String caseNumber,
        String incident,
        LocalDate awareOn,
        String deadline,
        LocalDate dueOn,
        String deviceName,
        String model,
        String regulatoryPathway,
        String udiDi,
        String customMadeIdentification,
        String serialNumber,
        List<String> powderLots,
        String plateLot,
        LocalDate manufacturedOn,
        LocalDate implantedOn,
        String healthcareInstitution,
        String explantedOn,
        List<Code> deviceProblems,
        List<Code> clinicalSigns,
        List<Code> healthImpacts,
        List<Code> components,
        String codingNote) {

    /** One chosen IMDRF term: code and term as IMDRF publishes them. */
    public record Code(String code, String term) {}

    public IncidentReportModel {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(serialNumber, "serialNumber");
        powderLots = List.copyOf(powderLots);
        deviceProblems = List.copyOf(deviceProblems);
        clinicalSigns = List.copyOf(clinicalSigns);
        healthImpacts = List.copyOf(healthImpacts);
        components = List.copyOf(components);
    }

    /** What the page header calls the document. */
    public String status() {
        return draft ? "DRAFT" : "Final";
    }
}
