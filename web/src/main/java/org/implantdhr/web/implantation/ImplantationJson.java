package org.implantdhr.web.implantation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.implantdhr.implantation.entity.Explantation;
import org.implantdhr.implantation.entity.Implantation;

/** An implantation as the API shows it: the patient by pseudonym only. */
public record ImplantationJson(
        String serialNumber,
        String patientPseudonym,
        String hospital,
        Instant operatedAt,
        int durationMinutes,
        String plateSupplier,
        String plateCatalogueNumber,
        String plateLotNumber,
        int ribsResected,
        String ribLevels,
        String sternumResection,
        BigDecimal defectLengthMm,
        BigDecimal defectWidthMm,
        LocalDate admissionDate,
        LocalDate dischargeDate,
        Long lengthOfStayDays,
        String status,
        ExplantationJson explantation) {

    /** The end of the implantation. */
    public record ExplantationJson(
            String kind,
            LocalDate explantedOn,
            String reason,
            String reasonText,
            boolean deviceReturned,
            String retrievalFindings) {

        static ExplantationJson of(Explantation e) {
            return new ExplantationJson(
                    e.kind().name(),
                    e.explantedOn(),
                    e.reason().name(),
                    e.reasonText(),
                    e.deviceReturned(),
                    e.retrievalFindings());
        }
    }

    static ImplantationJson of(
            Implantation i,
            org.implantdhr.component.entity.ComponentLot plate,
            Explantation explantation) {
        return new ImplantationJson(
                i.serialNumber(),
                i.patientPseudonym(),
                i.hospital(),
                i.operatedAt(),
                i.durationMinutes(),
                plate == null ? null : plate.supplier(),
                plate == null ? null : plate.catalogueNumber(),
                plate == null ? null : plate.lotNumber(),
                i.ribsResected(),
                i.ribLevels(),
                i.sternumResection().name(),
                i.defectLengthMm(),
                i.defectWidthMm(),
                i.admissionDate(),
                i.dischargeDate(),
                i.lengthOfStayDays(),
                i.status().name(),
                explantation == null ? null : ExplantationJson.of(explantation));
    }
}
