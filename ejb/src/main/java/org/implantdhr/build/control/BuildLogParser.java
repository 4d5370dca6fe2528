package org.implantdhr.build.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.implantdhr.evidence.control.ColumnHeading;
import org.implantdhr.evidence.control.CsvText;
import org.implantdhr.evidence.control.DecimalText;
import org.implantdhr.evidence.control.IsoTimestamp;
import org.implantdhr.evidence.control.NamedColumns;
import org.implantdhr.evidence.control.ProblemList;
import org.implantdhr.evidence.control.UnitConversion;

/**
 * Reads the per-layer log an LPBF machine exports, as CSV.
 *
 * <h2>Format</h2>
 *
 * <pre>
 * layer,timestamp,o2 [ppm],layer_thickness [um],event
 * 1,2025-03-14T08:15:30Z,420,30,EXPOSURE_START
 * 2,2025-03-14T08:15:52.500Z,415,30,
 * 3,2025-03-14T08:16:15Z,1210,30,GAS_FLOW_ALARM
 * </pre>
 *
 * <ul>
 *   <li>Text rules (encoding, line ends, quoting): {@link CsvText}.
 *   <li>Header: exactly these five columns, in any order; names are case-insensitive. {@code
 *       o2_ppm} and {@code layer_thickness_um} are accepted for {@code o2 [ppm]} and {@code
 *       layer_thickness [um]}.
 *   <li>{@code layer}: a whole number ≥ 1. Gaps and repeats are not refused here: they are evidence
 *       that release rule BLD-LAYERS judges.
 *   <li>{@code timestamp}: see {@link IsoTimestamp} (zone required); strictly increasing from row
 *       to row.
 *   <li>{@code o2}: unit {@code ppm} or {@code %} (by volume; converted ×10,000 to ppm); ≥ 0.
 *   <li>{@code layer_thickness}: unit {@code um}, {@code µm} or {@code mm} (converted ×1,000 to
 *       µm); &gt; 0.
 *   <li>Numbers: see {@link DecimalText} (scientific notation accepted; NaN and infinity refused).
 *   <li>{@code event}: empty, or one of {@link BuildEventType} written exactly.
 * </ul>
 *
 * Every problem is reported with its line and column, then {@link
 * org.implantdhr.evidence.control.InvalidEvidenceException} is thrown.
 */
public final class BuildLogParser {

    static final String TITLE = "The build log cannot be accepted";
    private static final String EXPECTED = "layer,timestamp,o2 [ppm],layer_thickness [um],event";
    private static final List<String> NAMES =
            List.of("layer", "timestamp", "o2", "layer_thickness", "event");

    public BuildLog parse(byte[] bytes) {
        ProblemList problems = new ProblemList();
        CsvText csv = CsvText.read(bytes, TITLE, problems);
        int rowProblems = problems.count();
        List<ColumnHeading> headings =
                Arrays.stream(csv.header()).map(BuildLogParser::heading).toList();
        NamedColumns columns = NamedColumns.locate(headings, NAMES, EXPECTED, problems);
        UnitConversion o2 = unit(columns, "o2", problems, "o2 [ppm] or o2 [%]");
        UnitConversion thickness =
                unit(
                        columns,
                        "layer_thickness",
                        problems,
                        "layer_thickness [um] or layer_thickness [mm]");
        for (String name : List.of("layer", "timestamp", "event")) {
            if (columns.has(name) && columns.heading(name).unit().isPresent()) {
                problems.add("header", "column '" + name + "' takes no unit");
            }
        }
        if (problems.count() > rowProblems) {
            problems.throwIfAny(TITLE); // the rows cannot be read without a valid header
        }
        return new Rows(csv.rows().size(), columns, o2, thickness, problems).read(csv.rows());
    }

    private static ColumnHeading heading(String text) {
        ColumnHeading heading = ColumnHeading.parse(text);
        if (heading.unit().isEmpty() && heading.name().equals("o2_ppm")) {
            return new ColumnHeading(text, "o2", Optional.of("ppm"));
        }
        if (heading.unit().isEmpty() && heading.name().equals("layer_thickness_um")) {
            return new ColumnHeading(text, "layer_thickness", Optional.of("um"));
        }
        return heading;
    }

    private static UnitConversion unit(
            NamedColumns columns, String name, ProblemList problems, String hint) {
        if (!columns.has(name)) {
            return UnitConversion.NONE;
        }
        ColumnHeading heading = columns.heading(name);
        if (heading.unit().isEmpty()) {
            problems.add(
                    "header", "column '" + heading.text().strip() + "' has no unit; write " + hint);
            return UnitConversion.NONE;
        }
        String unit = heading.unit().get();
        Optional<UnitConversion> conversion =
                name.equals("o2") ? o2Conversion(unit) : thicknessConversion(unit);
        if (conversion.isEmpty()) {
            problems.add(
                    "header",
                    "column '"
                            + heading.text().strip()
                            + "' has unknown unit '"
                            + unit
                            + "'; write "
                            + hint);
            return UnitConversion.NONE;
        }
        return conversion.get();
    }

    private static Optional<UnitConversion> o2Conversion(String unit) {
        return switch (unit) {
            case "ppm" -> Optional.of(UnitConversion.NONE);
            case "%" -> Optional.of(UnitConversion.times("10000"));
            default -> Optional.empty();
        };
    }

    private static Optional<UnitConversion> thicknessConversion(String unit) {
        return switch (unit) {
            case "um", "µm", "μm" -> Optional.of(UnitConversion.NONE);
            case "mm" -> Optional.of(UnitConversion.times("1000"));
            default -> Optional.empty();
        };
    }

    /** The row loop, holding the column arrays while they fill. */
    private static final class Rows {
        private final NamedColumns columns;
        private final UnitConversion o2;
        private final UnitConversion thickness;
        private final ProblemList problems;
        private final int[] layers;
        private final long[] epochMillis;
        private final double[] o2Ppm;
        private final double[] thicknessUm;
        private final List<BuildEvent> events = new ArrayList<>();
        private int count;
        private long previousMillis = Long.MIN_VALUE;
        private int previousLine;

        Rows(
                int capacity,
                NamedColumns columns,
                UnitConversion o2,
                UnitConversion thickness,
                ProblemList problems) {
            this.columns = columns;
            this.o2 = o2;
            this.thickness = thickness;
            this.problems = problems;
            layers = new int[capacity];
            epochMillis = new long[capacity];
            o2Ppm = new double[capacity];
            thicknessUm = new double[capacity];
        }

        BuildLog read(List<CsvText.Row> rows) {
            int layerColumn = columns.index("layer");
            int timeColumn = columns.index("timestamp");
            int o2Column = columns.index("o2");
            int thicknessColumn = columns.index("layer_thickness");
            int eventColumn = columns.index("event");
            for (CsvText.Row row : rows) {
                if (problems.isFull()) {
                    break;
                }
                String[] f = row.fields();
                int line = row.line();
                layers[count] = layer(f[layerColumn], line);
                epochMillis[count] = timestamp(f[timeColumn], line);
                o2Ppm[count] = number(f[o2Column], "o2", o2, line, false);
                thicknessUm[count] =
                        number(f[thicknessColumn], "layer_thickness", thickness, line, true);
                event(f[eventColumn], line);
                count++;
            }
            problems.throwIfAny(TITLE);
            return new BuildLog(layers, epochMillis, o2Ppm, thicknessUm, events);
        }

        private int layer(String text, int line) {
            int value = 0;
            boolean digitsOnly = !text.isEmpty() && text.length() <= 9;
            for (int i = 0; i < text.length() && digitsOnly; i++) {
                char c = text.charAt(i);
                digitsOnly = c >= '0' && c <= '9';
                value = value * 10 + (c - '0');
            }
            if (!digitsOnly || value < 1) {
                problems.add(
                        columns.heading("layer").at(line),
                        "'" + text + "' is not a layer number (a whole number from 1)");
                return 0;
            }
            return value;
        }

        private long timestamp(String text, int line) {
            long millis = IsoTimestamp.parseEpochMillis(text);
            String location = columns.heading("timestamp").at(line);
            if (millis == IsoTimestamp.INVALID) {
                problems.add(location, IsoTimestamp.problemWith(text));
                return 0;
            }
            if (previousMillis != Long.MIN_VALUE && millis <= previousMillis) {
                problems.add(
                        location,
                        (millis == previousMillis ? "repeats" : "is earlier than")
                                + " the timestamp on line "
                                + previousLine
                                + "; timestamps must strictly increase");
            }
            previousMillis = millis;
            previousLine = line;
            return millis;
        }

        private double number(
                String text, String name, UnitConversion conversion, int line, boolean positive) {
            double value = DecimalText.parse(text);
            String location = columns.heading(name).at(line);
            if (Double.isNaN(value)) {
                problems.add(location, DecimalText.problemWith(text));
                return 0;
            }
            if (positive ? value <= 0 : value < 0) {
                problems.add(location, text + " is " + (positive ? "not positive" : "negative"));
                return 0;
            }
            return conversion.apply(text, value);
        }

        private void event(String text, int line) {
            if (text.isEmpty()) {
                return;
            }
            try {
                BuildEventType type = BuildEventType.valueOf(text);
                events.add(
                        new BuildEvent(
                                layers[count], Instant.ofEpochMilli(epochMillis[count]), type));
            } catch (IllegalArgumentException e) {
                problems.add(
                        columns.heading("event").at(line),
                        "unknown event '"
                                + text
                                + "'; expected empty or one of "
                                + Arrays.toString(BuildEventType.values()));
            }
        }
    }
}
