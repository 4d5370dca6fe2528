package org.implantdhr.heattreatment.control;

import java.util.List;
import org.implantdhr.evidence.control.CsvText;
import org.implantdhr.evidence.control.DecimalText;
import org.implantdhr.evidence.control.IsoTimestamp;
import org.implantdhr.evidence.control.ProblemList;

/**
 * Reads the CSV export of a furnace data logger: time, thermocouple temperatures and the chamber
 * atmosphere of one heat-treatment run.
 *
 * <h2>Format</h2>
 *
 * <pre>
 * timestamp,TC1 load [°C],TC2 load [°C],TC3 load [°C],TC5 control [°C],vacuum [mbar]
 * 2025-03-15T06:00:00Z,21.4,21.6,21.3,22.0,8.5E-05
 * 2025-03-15T06:01:00Z,29.8,30.9,28.7,35.2,8.1E-05
 * </pre>
 *
 * <ul>
 *   <li>Text rules (encoding, line ends, quoting): see {@code CsvText}.
 *   <li>{@code timestamp}: exactly one column, no unit; values as {@code IsoTimestamp} reads them
 *       (zone required), strictly increasing.
 *   <li>Thermocouples: any number of columns {@code <name> <role> [<unit>]}; role {@code load},
 *       {@code control} or {@code furnace} (case-insensitive); unit {@code °C} (or {@code degC}),
 *       {@code °F} ({@code degF}; converted (F − 32) × 5/9) or {@code K} (converted K − 273.15). At
 *       least one load thermocouple is required; names must differ. Values below absolute zero are
 *       refused.
 *   <li>Atmosphere: none or one column, either {@code vacuum [mbar]} or {@code vacuum [Pa]}
 *       (converted ×0.01 to mbar; values ≥ 0), or {@code dew point [°C|°F|K]} (kept in °C). A chart
 *       without one is accepted: release rule HT-ATMOSPHERE then reports the evidence as missing.
 *   <li>Numbers: decimal or scientific notation ({@code 1.2E-05}); NaN, infinity and empty cells
 *       are refused.
 *   <li>Column order is free; any other column is refused.
 * </ul>
 */
public final class FurnaceChartParser {

    static final String TITLE = "The furnace chart cannot be accepted";
    private static final double ABSOLUTE_ZERO_C = -273.15;

    public FurnaceChart parse(byte[] bytes) {
        ProblemList problems = new ProblemList();
        CsvText csv = CsvText.read(bytes, TITLE, problems);
        int rowProblems = problems.count();
        FurnaceChartHeader header = FurnaceChartHeader.read(csv.header(), problems);
        if (problems.count() > rowProblems) {
            problems.throwIfAny(TITLE); // the rows cannot be read without a valid header
        }

        List<CsvText.Row> rows = csv.rows();
        long[] millis = new long[rows.size()];
        double[][] temperatures = new double[header.thermocouples.size()][rows.size()];
        double[] atmosphere = header.atmosphere == null ? null : new double[rows.size()];
        long previous = Long.MIN_VALUE;
        int previousLine = 0;
        for (int r = 0; r < rows.size() && !problems.isFull(); r++) {
            CsvText.Row row = rows.get(r);
            String time = row.fields()[header.timestampIndex];
            String timeLocation = "line " + row.line() + ", column timestamp";
            millis[r] = IsoTimestamp.parseEpochMillis(time);
            if (millis[r] == IsoTimestamp.INVALID) {
                problems.add(timeLocation, IsoTimestamp.problemWith(time));
            } else {
                if (millis[r] <= previous) {
                    problems.add(
                            timeLocation,
                            (millis[r] == previous ? "repeats" : "is earlier than")
                                    + " the timestamp on line "
                                    + previousLine
                                    + "; timestamps must strictly increase");
                }
                previous = millis[r];
                previousLine = row.line();
            }
            for (int tc = 0; tc < temperatures.length; tc++) {
                temperatures[tc][r] =
                        value(row, header.thermocouples.get(tc), ABSOLUTE_ZERO_C, problems);
            }
            if (atmosphere != null) {
                double minimum =
                        header.atmosphereKind == AtmosphereKind.VACUUM_MBAR ? 0 : ABSOLUTE_ZERO_C;
                atmosphere[r] = value(row, header.atmosphere, minimum, problems);
            }
        }
        problems.throwIfAny(TITLE);
        return new FurnaceChart(
                millis,
                header.thermocoupleNames,
                header.thermocoupleRoles,
                temperatures,
                atmosphere == null ? null : new AtmosphereTrace(header.atmosphereKind, atmosphere));
    }

    private static double value(
            CsvText.Row row,
            FurnaceChartHeader.Column column,
            double minimum,
            ProblemList problems) {
        String text = row.fields()[column.index()];
        double value = DecimalText.parse(text);
        if (Double.isNaN(value)) {
            problems.add(column.heading().at(row.line()), DecimalText.problemWith(text));
            return 0;
        }
        double converted = column.conversion().apply(text, value);
        if (converted < minimum) {
            problems.add(
                    column.heading().at(row.line()),
                    text + (minimum == 0 ? " is negative" : " is below absolute zero"));
        }
        return converted;
    }
}
