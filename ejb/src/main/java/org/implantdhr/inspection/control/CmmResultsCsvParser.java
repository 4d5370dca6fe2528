package org.implantdhr.inspection.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.implantdhr.evidence.control.ColumnHeading;
import org.implantdhr.evidence.control.CsvText;
import org.implantdhr.evidence.control.DecimalText;
import org.implantdhr.evidence.control.NamedColumns;
import org.implantdhr.evidence.control.ProblemList;
import org.implantdhr.evidence.control.UnitConversion;

/**
 * Reads a CMM results export with one row per characteristic.
 *
 * <h2>Format</h2>
 *
 * <pre>
 * characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured,unit,status,critical
 * H1 diameter,HOLE_DIAMETER,3.5,-0.1,0.1,3.54,mm,PASS,true
 * H1 position,HOLE_POSITION,0,0,0.2,0.08,mm,PASS,true
 * Rib 2 fit,FIT_SURFACE,0,-0.5,0.5,0.31,mm,PASS,false
 * </pre>
 *
 * <ul>
 *   <li>Text rules (encoding, line ends, quoting): see {@code CsvText}.
 *   <li>Header: exactly these nine columns, in any order, without units (the unit is per row).
 *   <li>{@code characteristic}: a non-empty name, unique in the file.
 *   <li>{@code kind}: one of {@link CharacteristicKind}, written exactly.
 *   <li>{@code nominal}, {@code lower_tolerance}, {@code upper_tolerance}, {@code measured}:
 *       decimal numbers (NaN and infinity refused). The tolerances are signed deviations from the
 *       nominal, {@code lower_tolerance ≤ upper_tolerance}. For a geometric tolerance write nominal
 *       0, tolerance 0 to the zone size, and the measured deviation.
 *   <li>{@code unit}: {@code mm}, or {@code in} (the four values are converted ×25.4).
 *   <li>{@code status}: one of {@link CharacteristicStatus} (the QIF status values), written
 *       exactly.
 *   <li>{@code critical}: {@code true} or {@code false} (any case).
 * </ul>
 */
public final class CmmResultsCsvParser {

    static final String TITLE = "The CMM results cannot be accepted";
    private static final String EXPECTED =
            "characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured,unit,status,critical";
    private static final List<String> NAMES = List.of(EXPECTED.split(","));
    private static final UnitConversion INCH = UnitConversion.times("25.4");

    public InspectionResults parse(byte[] bytes) {
        ProblemList problems = new ProblemList();
        CsvText csv = CsvText.read(bytes, TITLE, problems);
        int rowProblems = problems.count();
        List<ColumnHeading> headings =
                Arrays.stream(csv.header()).map(ColumnHeading::parse).toList();
        NamedColumns columns = NamedColumns.locate(headings, NAMES, EXPECTED, problems);
        headings.stream()
                .filter(h -> h.unit().isPresent())
                .forEach(
                        h ->
                                problems.add(
                                        "header",
                                        "column '"
                                                + h.text().strip()
                                                + "' takes no unit; the unit is given per row in column 'unit'"));
        if (problems.count() > rowProblems) {
            problems.throwIfAny(TITLE); // the rows cannot be read without a valid header
        }

        List<MeasuredCharacteristic> characteristics = new ArrayList<>();
        Map<String, Integer> lineByName = new HashMap<>();
        for (CsvText.Row row : csv.rows()) {
            if (problems.isFull()) {
                break;
            }
            new RowReader(row, columns, problems).read(lineByName).ifPresent(characteristics::add);
        }
        problems.throwIfAny(TITLE);
        return new InspectionResults(characteristics);
    }

    /** Reads one row, adding a problem for every field that is wrong. */
    private static final class RowReader {
        private final CsvText.Row row;
        private final NamedColumns columns;
        private final ProblemList problems;
        private final int problemsBefore;

        RowReader(CsvText.Row row, NamedColumns columns, ProblemList problems) {
            this.row = row;
            this.columns = columns;
            this.problems = problems;
            this.problemsBefore = problems.count();
        }

        Optional<MeasuredCharacteristic> read(Map<String, Integer> lineByName) {
            String name = field("characteristic");
            if (name.isEmpty()) {
                problem("characteristic", "name is missing");
            } else if (lineByName.containsKey(name)) {
                problem(
                        "characteristic",
                        "'" + name + "' is already on line " + lineByName.get(name));
            } else {
                lineByName.put(name, row.line());
            }
            CharacteristicKind kind = constant(CharacteristicKind.class, "kind");
            CharacteristicStatus status = constant(CharacteristicStatus.class, "status");
            boolean critical = critical();
            UnitConversion unit = unit();
            double nominal = length("nominal", unit);
            double lower = length("lower_tolerance", unit);
            double upper = length("upper_tolerance", unit);
            double measured = length("measured", unit);
            if (lower > upper) {
                problem(
                        "lower_tolerance",
                        "lower tolerance "
                                + field("lower_tolerance")
                                + " is greater than the upper tolerance "
                                + field("upper_tolerance"));
            }
            if (problems.count() > problemsBefore) {
                return Optional.empty();
            }
            return Optional.of(
                    new MeasuredCharacteristic(
                            name,
                            kind,
                            nominal,
                            Optional.of(new MeasuredCharacteristic.Tolerance(lower, upper)),
                            measured,
                            status,
                            critical));
        }

        private String field(String column) {
            return row.fields()[columns.index(column)];
        }

        private void problem(String column, String message) {
            problems.add(columns.heading(column).at(row.line()), message);
        }

        private <E extends Enum<E>> E constant(Class<E> type, String column) {
            String text = field(column);
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                problem(
                        column,
                        "unknown "
                                + column
                                + " '"
                                + text
                                + "'; expected one of "
                                + Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        private boolean critical() {
            String text = field("critical");
            if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                problem("critical", "'" + text + "' is neither true nor false");
            }
            return text.equalsIgnoreCase("true");
        }

        private UnitConversion unit() {
            return switch (field("unit")) {
                case "mm" -> UnitConversion.NONE;
                case "in" -> INCH;
                default -> {
                    problem("unit", "unknown unit '" + field("unit") + "'; expected mm or in");
                    yield UnitConversion.NONE;
                }
            };
        }

        private double length(String column, UnitConversion unit) {
            String text = field(column);
            double value = DecimalText.parse(text);
            if (Double.isNaN(value)) {
                problem(column, DecimalText.problemWith(text));
                return 0;
            }
            return unit.apply(text, value);
        }
    }
}
