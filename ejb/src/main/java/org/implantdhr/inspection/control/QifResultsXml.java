package org.implantdhr.inspection.control;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes {@link InspectionResults} as a QIF 3 Results document, valid against the QIF 3.0 schema,
 * that {@link QifResultsParser} reads back unchanged: file unit mm; tolerances under ISO 1101; per
 * characteristic a definition, a nominal, an item (with criticality CRITICAL when critical) and a
 * measurement. Kinds map to QIF types as the parser maps them back; OTHER is written as Length.
 * HOLE_POSITION and FIT_SURFACE are geometric tolerances in QIF (a zone from 0), so they need
 * nominal 0 and a tolerance from 0.
 */
public final class QifResultsXml {

    private QifResultsXml() {}

    public static byte[] write(InspectionResults results) {
        List<MeasuredCharacteristic> all = results.characteristics();
        int n = all.size();
        StringBuilder out = new StringBuilder(1024 + n * 1024);
        out.append(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <QIFDocument xmlns="http://qifstandards.org/xsd/qif3" versionQIF="3.0.0" idMax="%d">
                  <QPId>QPID</QPId>
                  <StandardsDefinitions n="1">
                    <Standard id="%d"><Organization><StandardsOrganizationEnum>ISO</StandardsOrganizationEnum>\
                </Organization><Designator>1101</Designator><Year>2017</Year></Standard>
                  </StandardsDefinitions>
                  <FileUnits>
                    <PrimaryUnits>
                      <AngularUnit><SIUnitName>radian</SIUnitName><UnitName>degree</UnitName>\
                <UnitConversion><Factor>0.01745329251994</Factor></UnitConversion></AngularUnit>
                      <LinearUnit><SIUnitName>meter</SIUnitName><UnitName>mm</UnitName>\
                <UnitConversion><Factor>0.001</Factor></UnitConversion></LinearUnit>
                    </PrimaryUnits>
                  </FileUnits>
                  <Characteristics>
                    <FormalStandardId>%d</FormalStandardId>
                """
                        .formatted(4 * n + 2, 4 * n + 2, 4 * n + 2));
        out.append("    <CharacteristicDefinitions n=\"").append(n).append("\">\n");
        for (int i = 0; i < n; i++) {
            definition(out, all.get(i), i);
        }
        out.append("    </CharacteristicDefinitions>\n    <CharacteristicNominals n=\"")
                .append(n)
                .append("\">\n");
        for (int i = 0; i < n; i++) {
            MeasuredCharacteristic c = all.get(i);
            out.append("      <")
                    .append(type(c))
                    .append("CharacteristicNominal id=\"")
                    .append(nominalId(n, i))
                    .append("\"><CharacteristicDefinitionId>")
                    .append(i + 1)
                    .append("</CharacteristicDefinitionId>");
            if (!isGeometric(c)) {
                out.append("<TargetValue>").append(c.nominalMm()).append("</TargetValue>");
            }
            out.append("</").append(type(c)).append("CharacteristicNominal>\n");
        }
        out.append("    </CharacteristicNominals>\n    <CharacteristicItems n=\"")
                .append(n)
                .append("\">\n");
        for (int i = 0; i < n; i++) {
            item(out, all.get(i), n, i);
        }
        out.append(
                        "    </CharacteristicItems>\n  </Characteristics>\n  <Results>\n"
                                + "    <MeasurementResultsSet n=\"1\">\n      <MeasurementResults id=\"")
                .append(4 * n + 1)
                .append(
                        "\">\n"
                                + "        <MeasuredCharacteristics>\n          <CharacteristicMeasurements n=\"")
                .append(n)
                .append("\">\n");
        for (int i = 0; i < n; i++) {
            MeasuredCharacteristic c = all.get(i);
            out.append("            <")
                    .append(type(c))
                    .append("CharacteristicMeasurement id=\"")
                    .append(3 * n + i + 1)
                    .append("\"><Status><CharacteristicStatusEnum>")
                    .append(c.status())
                    .append("</CharacteristicStatusEnum></Status><CharacteristicItemId>")
                    .append(2 * n + i + 1)
                    .append("</CharacteristicItemId><Value>")
                    .append(c.measuredMm())
                    .append("</Value></")
                    .append(type(c))
                    .append("CharacteristicMeasurement>\n");
        }
        out.append(
                        "          </CharacteristicMeasurements>\n        </MeasuredCharacteristics>\n"
                                + "        <InspectionStatus><InspectionStatusEnum>")
                .append(overall(all))
                .append(
                        "</InspectionStatusEnum></InspectionStatus>\n"
                                + "      </MeasurementResults>\n    </MeasurementResultsSet>\n  </Results>\n</QIFDocument>\n");
        // QIF requires the document's persistent identifier; derived from the content, the same
        // results give the same file
        String withoutId = out.toString();
        String qpid =
                java.util
                        .UUID
                        .nameUUIDFromBytes(withoutId.getBytes(StandardCharsets.UTF_8))
                        .toString();
        return withoutId
                .replace("<QPId>QPID</QPId>", "<QPId>" + qpid + "</QPId>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * QIF requires an overall status: PASS when every characteristic passes, FAIL when one fails,
     * else UNKNOWN.
     */
    private static String overall(List<MeasuredCharacteristic> all) {
        if (all.stream().allMatch(c -> c.status() == CharacteristicStatus.PASS)) {
            return "PASS";
        }
        return all.stream().anyMatch(c -> c.status() == CharacteristicStatus.FAIL)
                ? "FAIL"
                : "UNKNOWN";
    }

    private static void definition(StringBuilder out, MeasuredCharacteristic c, int i) {
        if (isGeometric(c) && c.nominalMm() != 0) {
            throw new IllegalArgumentException(c.name() + ": a geometric tolerance has nominal 0");
        }
        out.append("      <")
                .append(type(c))
                .append("CharacteristicDefinition id=\"")
                .append(i + 1)
                .append("\">");
        c.tolerance()
                .ifPresent(
                        t -> {
                            if (isGeometric(c)) {
                                if (t.lowerMm() != 0) {
                                    throw new IllegalArgumentException(
                                            c.name() + ": a geometric tolerance zone starts at 0");
                                }
                                out.append("<ToleranceValue>")
                                        .append(t.upperMm())
                                        .append("</ToleranceValue>");
                                if (c.kind() == CharacteristicKind.HOLE_POSITION) {
                                    out.append(
                                            "<MaterialCondition>REGARDLESS</MaterialCondition><ZoneShape><DiametricalZone/></ZoneShape>");
                                }
                            } else {
                                out.append("<Tolerance><MaxValue>")
                                        .append(t.upperMm())
                                        .append("</MaxValue><MinValue>")
                                        .append(t.lowerMm())
                                        .append(
                                                "</MinValue><DefinedAsLimit>false</DefinedAsLimit></Tolerance>");
                            }
                        });
        out.append("</").append(type(c)).append("CharacteristicDefinition>\n");
    }

    private static void item(StringBuilder out, MeasuredCharacteristic c, int n, int i) {
        out.append("      <")
                .append(type(c))
                .append("CharacteristicItem id=\"")
                .append(2 * n + i + 1)
                .append("\"><Name>")
                .append(escaped(c.name()))
                .append("</Name><CharacteristicDesignator><Designator>")
                .append(i + 1)
                .append("</Designator>");
        if (c.critical()) {
            out.append("<Criticality><LevelEnum>CRITICAL</LevelEnum></Criticality>");
        }
        out.append("</CharacteristicDesignator><CharacteristicNominalId>")
                .append(nominalId(n, i))
                .append("</CharacteristicNominalId></")
                .append(type(c))
                .append("CharacteristicItem>\n");
    }

    private static int nominalId(int n, int i) {
        return n + i + 1;
    }

    private static boolean isGeometric(MeasuredCharacteristic c) {
        return c.kind() == CharacteristicKind.HOLE_POSITION
                || c.kind() == CharacteristicKind.FIT_SURFACE;
    }

    private static String type(MeasuredCharacteristic c) {
        return switch (c.kind()) {
            case HOLE_DIAMETER -> "Diameter";
            case HOLE_POSITION -> "Position";
            case FIT_SURFACE -> "SurfaceProfile";
            case WALL_THICKNESS -> "Thickness";
            case OTHER -> "Length";
        };
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
