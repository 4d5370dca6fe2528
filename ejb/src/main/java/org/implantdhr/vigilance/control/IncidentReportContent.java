package org.implantdhr.vigilance.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.implantdhr.documents.DeviceIdentity;
import org.implantdhr.documents.Manufacturer;
import org.implantdhr.rules.vigilance.ReportingDeadline;

/**
 * What the incident report's device section says, read from the signed device history record (the
 * release's evaluated facts and signature, the implantation, the explant) and the vigilance case:
 * one source for the XML and the PDF, so they cannot disagree.
 *
 * @param deadline the deadline a QA manager chose; null before triage
 * @param dueOn the last day the report may be submitted (before triage the shortest period)
 * @param draft true while no reportability decision is signed for the case
 * @param decision the case's decision in words
 * @param prescriptionReference the written prescription of a custom-made device; may be null
 * @param manufacturedOn the day the release decision was signed, in the release's zone
 * @param implantedOn null when no implantation is recorded
 * @param explantedOn null while the device is in place
 * @param codes the chosen IMDRF terms per annex, every annex present (empty when none chosen)
 */
public record IncidentReportContent(
        String caseNumber,
        String incident,
        LocalDate awareOn,
        ReportingDeadline deadline,
        LocalDate dueOn,
        boolean draft,
        String decision,
        Manufacturer manufacturer,
        DeviceIdentity device,
        String caseFileNumber,
        String patientPseudonym,
        String prescriptionReference,
        List<String> powderLots,
        String plateLot,
        LocalDate manufacturedOn,
        LocalDate implantedOn,
        String healthcareFacility,
        LocalDate explantedOn,
        Map<ImdrfAnnex, List<ImdrfTerm>> codes,
        Instant generatedAt,
        String generatedBy,
        ZoneId zone) {

    /** Why a custom-made device's report carries no UDI-DI. */
    public static final String NO_UDI_REASON =
            "A custom-made device carries no UDI (Regulation (EU) 2017/745 Art. 27(1))";

    public IncidentReportContent {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(manufacturedOn, "manufacturedOn");
        powderLots = List.copyOf(powderLots);
        codes = Map.copyOf(codes);
    }

    /** The UDI-DI of a patient-matched device: its UDI without the production identifier. */
    public String udiDi() {
        if (device.customMade() || device.udi() == null) {
            return null;
        }
        int serial = device.udi().indexOf("(21)");
        return serial < 0 ? device.udi() : device.udi().substring(0, serial);
    }

    /** How a custom-made device is identified instead of a UDI; null for a device with a UDI. */
    public String customMadeIdentification() {
        if (!device.customMade()) {
            return null;
        }
        return "Custom-made device "
                + device.name()
                + ", serial number "
                + device.serialNumber()
                + ", for the sole use of patient "
                + patientPseudonym
                + " (case "
                + caseFileNumber
                + (prescriptionReference == null || prescriptionReference.isBlank()
                        ? ""
                        : ", written prescription " + prescriptionReference)
                + ")";
    }

    public List<ImdrfTerm> codes(ImdrfAnnex annex) {
        return codes.getOrDefault(annex, List.of());
    }
}
