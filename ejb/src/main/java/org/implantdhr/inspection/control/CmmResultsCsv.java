package org.implantdhr.inspection.control;

import java.nio.charset.StandardCharsets;

/**
 * Writes {@link InspectionResults} in the CSV format that {@link CmmResultsCsvParser} reads, in
 * millimetres, LF line ends. A characteristic without a stated tolerance cannot be written, since
 * the format requires one.
 */
public final class CmmResultsCsv {

    private CmmResultsCsv() {}

    public static byte[] write(InspectionResults results) {
        StringBuilder out =
                new StringBuilder(
                        "characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured,unit,status,critical\n");
        for (MeasuredCharacteristic c : results.characteristics()) {
            MeasuredCharacteristic.Tolerance tolerance =
                    c.tolerance()
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    "characteristic "
                                                            + c.name()
                                                            + " has no tolerance"));
            out.append(quoted(c.name()))
                    .append(',')
                    .append(c.kind())
                    .append(',')
                    .append(c.nominalMm())
                    .append(',')
                    .append(tolerance.lowerMm())
                    .append(',')
                    .append(tolerance.upperMm())
                    .append(',')
                    .append(c.measuredMm())
                    .append(",mm,")
                    .append(c.status())
                    .append(',')
                    .append(c.critical())
                    .append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.strip().equals(field)) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
