package org.implantdhr.vigilance.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.implantdhr.documents.DeviceCategory;
import org.implantdhr.documents.DeviceIdentity;
import org.implantdhr.documents.Manufacturer;
import org.implantdhr.rules.vigilance.ReportingDeadline;
import org.junit.jupiter.api.Test;

class IncidentReportXmlTest {

    static IncidentReportContent content(DeviceIdentity device, boolean draft) {
        return new IncidentReportContent(
                "VIG-2026-0001",
                "VIG-EXPLANT: explant after a fracture (Explantation SN-1)",
                LocalDate.of(2026, 11, 30),
                draft ? null : ReportingDeadline.MDR_OTHER_SERIOUS_INCIDENT,
                LocalDate.of(2026, 12, 2),
                draft,
                draft ? "No reportability decision is signed." : "Reportable, signed.",
                new Manufacturer("Demo Implants GmbH", "Musterstrasse 1, Berlin", null),
                device,
                "C-2026-0042",
                "P-0042",
                "RX-17",
                List.of("PL-1", "PL-2"),
                "PTFE-9",
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 20),
                "University Hospital",
                draft ? null : LocalDate.of(2026, 11, 30),
                Map.of(
                        ImdrfAnnex.A,
                        ImdrfTerms.chosen(ImdrfAnnex.A, List.of("A040101")),
                        ImdrfAnnex.E,
                        ImdrfTerms.chosen(ImdrfAnnex.E, List.of("E1603")),
                        ImdrfAnnex.G,
                        List.of()),
                Instant.parse("2026-12-01T09:00:00Z"),
                "Q. Manager",
                ZoneId.of("Europe/Berlin"));
    }

    static final DeviceIdentity CUSTOM_MADE =
            new DeviceIdentity(
                    "Chest-wall implant", "CW-1", "SN-1", DeviceCategory.CUSTOM_MADE, null);

    static final DeviceIdentity PATIENT_MATCHED =
            new DeviceIdentity(
                    "Chest-wall implant",
                    "CW-1",
                    "SN-1",
                    DeviceCategory.PATIENT_MATCHED,
                    "(01)04012345000017(21)SN-1");

    @Test
    void aCustomMadeDeviceIsIdentifiedWithoutUdi() {
        String xml =
                new String(
                        IncidentReportXml.of(content(CUSTOM_MADE, true)), StandardCharsets.UTF_8);
        assertThat(xml)
                .contains("status=\"DRAFT\"")
                .contains("<customMadeDeviceIdentification noUdiReason=\"A custom-made device")
                .contains("patient P-0042 (case C-2026-0042, written prescription RX-17)")
                .doesNotContain("udiDI")
                .contains("<serialNumber>SN-1</serialNumber>")
                .contains("<lotNumber material=\"powder\">PL-1</lotNumber>")
                .contains("<lotNumber material=\"powder\">PL-2</lotNumber>")
                .contains("<lotNumber material=\"separation-plate\">PTFE-9</lotNumber>")
                .contains("<deviceManufacturingDate>2026-03-02</deviceManufacturingDate>")
                .contains("<implantDate>2026-03-20</implantDate>")
                .doesNotContain("explantDate")
                .contains("<manufacturerAwarenessDate>2026-11-30</manufacturerAwarenessDate>")
                .contains("<reportDueDate>2026-12-02</reportDueDate>")
                .contains("<medicalDeviceProblem code=\"A040101\">Fracture</medicalDeviceProblem>")
                .contains(
                        "<clinicalSignsSymptomsConditions code=\"E1603\">Bone Fracture(s)"
                                + "</clinicalSignsSymptomsConditions>")
                .contains("<generatedAt>2026-12-01T10:00:00+01:00</generatedAt>");
    }

    @Test
    void aPatientMatchedDeviceGivesItsUdiDi() {
        String xml =
                new String(
                        IncidentReportXml.of(content(PATIENT_MATCHED, false)),
                        StandardCharsets.UTF_8);
        assertThat(xml)
                .contains("status=\"FINAL\"")
                .contains("<udiDI>(01)04012345000017</udiDI>")
                .doesNotContain("customMadeDeviceIdentification")
                .contains("legalBasis=\"EU MDR Art. 87(3)\"")
                .contains("<explantDate>2026-11-30</explantDate>");
    }

    @Test
    void theSchemaRefusesACodeUnderTheWrongAnnex() {
        String xml =
                new String(IncidentReportXml.of(content(CUSTOM_MADE, true)), StandardCharsets.UTF_8)
                        .replace("code=\"A040101\"", "code=\"E1603\"");
        assertThatThrownBy(() -> IncidentReportXml.validate(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not follow its schema");
    }

    @Test
    void theSchemaRefusesADeviceWithBothUdiAndCustomMadeIdentification() {
        String xml =
                new String(IncidentReportXml.of(content(CUSTOM_MADE, true)), StandardCharsets.UTF_8)
                        .replace("<serialNumber>", "<udiDI>(01)1</udiDI><serialNumber>")
                        .replace(
                                "<udiDI>", "<udiDI xmlns=\"" + IncidentReportXml.NAMESPACE + "\">");
        assertThatThrownBy(() -> IncidentReportXml.validate(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class);
    }
}
