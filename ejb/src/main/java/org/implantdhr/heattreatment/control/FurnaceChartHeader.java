package org.implantdhr.heattreatment.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.implantdhr.evidence.control.ColumnHeading;
import org.implantdhr.evidence.control.ProblemList;
import org.implantdhr.evidence.control.UnitConversion;

/**
 * What each column of a furnace chart holds, read from its header; see {@link FurnaceChartParser}.
 */
final class FurnaceChartHeader {

    /**
     * A value column: where it is, how its heading reads, and how to bring its values to our unit.
     */
    record Column(int index, ColumnHeading heading, UnitConversion conversion) {}

    private static final Pattern THERMOCOUPLE =
            Pattern.compile("(.+?)\\s+(load|control|furnace)", Pattern.CASE_INSENSITIVE);
    private static final String SHAPES =
            "'timestamp', '<name> load|control|furnace [°C|°F|K]', "
                    + "'vacuum [mbar|Pa]' or 'dew point [°C|°F|K]'";

    int timestampIndex = -1;
    final List<Column> thermocouples = new ArrayList<>();
    final List<String> thermocoupleNames = new ArrayList<>();
    final List<ThermocoupleRole> thermocoupleRoles = new ArrayList<>();
    Column atmosphere;
    AtmosphereKind atmosphereKind;

    static FurnaceChartHeader read(String[] cells, ProblemList problems) {
        FurnaceChartHeader header = new FurnaceChartHeader();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < cells.length; i++) {
            ColumnHeading heading = ColumnHeading.parse(cells[i]);
            if (!names.add(heading.name())) {
                problems.add("header", "column '" + heading.name() + "' appears more than once");
            } else {
                header.classify(i, heading, problems);
            }
        }
        if (header.timestampIndex < 0) {
            problems.add("header", "column 'timestamp' is missing");
        }
        if (!header.thermocoupleRoles.contains(ThermocoupleRole.LOAD)) {
            problems.add(
                    "header",
                    "no load thermocouple; at least one column such as 'TC1 load [°C]' is required");
        }
        return header;
    }

    private void classify(int index, ColumnHeading heading, ProblemList problems) {
        String label = heading.text().strip();
        String name = heading.name();
        if (name.equals("timestamp")) {
            timestampIndex = index;
            if (heading.unit().isPresent()) {
                problems.add("header", "column 'timestamp' takes no unit");
            }
        } else if (name.equals("vacuum") || name.equals("dew point")) {
            classifyAtmosphere(index, heading, problems);
        } else {
            Matcher thermocouple = THERMOCOUPLE.matcher(label.replaceFirst("\\s*\\[.*\\]$", ""));
            if (!thermocouple.matches()) {
                problems.add("header", "column '" + label + "' is not one of " + SHAPES);
                return;
            }
            String thermocoupleName = thermocouple.group(1).strip();
            if (thermocoupleNames.stream().anyMatch(thermocoupleName::equalsIgnoreCase)) {
                problems.add(
                        "header", "thermocouple '" + thermocoupleName + "' appears more than once");
                return;
            }
            Optional<UnitConversion> conversion = temperature(heading, problems);
            conversion.ifPresent(
                    c -> {
                        thermocouples.add(new Column(index, heading, c));
                        thermocoupleNames.add(thermocoupleName);
                        thermocoupleRoles.add(
                                ThermocoupleRole.valueOf(
                                        thermocouple.group(2).toUpperCase(Locale.ROOT)));
                    });
        }
    }

    private void classifyAtmosphere(int index, ColumnHeading heading, ProblemList problems) {
        if (atmosphere != null) {
            problems.add(
                    "header",
                    "more than one atmosphere column ('"
                            + atmosphere.heading().text().strip()
                            + "' and '"
                            + heading.text().strip()
                            + "'); a chart has at most one");
            return;
        }
        Optional<UnitConversion> conversion =
                heading.name().equals("vacuum")
                        ? pressure(heading, problems)
                        : temperature(heading, problems);
        conversion.ifPresent(
                c -> {
                    atmosphere = new Column(index, heading, c);
                    atmosphereKind =
                            heading.name().equals("vacuum")
                                    ? AtmosphereKind.VACUUM_MBAR
                                    : AtmosphereKind.DEW_POINT_C;
                });
    }

    private static Optional<UnitConversion> temperature(
            ColumnHeading heading, ProblemList problems) {
        String unit = heading.unit().orElse("");
        return switch (unit) {
            case "°C", "degC" -> Optional.of(UnitConversion.NONE);
            case "°F", "degF" -> Optional.of(UnitConversion.FAHRENHEIT_TO_CELSIUS);
            case "K" -> Optional.of(UnitConversion.KELVIN_TO_CELSIUS);
            default -> unitProblem(heading, "°C, °F or K", problems);
        };
    }

    private static Optional<UnitConversion> pressure(ColumnHeading heading, ProblemList problems) {
        String unit = heading.unit().orElse("");
        return switch (unit) {
            case "mbar" -> Optional.of(UnitConversion.NONE);
            case "Pa" -> Optional.of(UnitConversion.times("0.01"));
            default -> unitProblem(heading, "mbar or Pa", problems);
        };
    }

    private static Optional<UnitConversion> unitProblem(
            ColumnHeading heading, String accepted, ProblemList problems) {
        String label = heading.text().strip();
        problems.add(
                "header",
                heading.unit().isEmpty()
                        ? "column '" + label + "' has no unit; write it in brackets: " + accepted
                        : "column '"
                                + label
                                + "' has unknown unit '"
                                + heading.unit().get()
                                + "'; accepted: "
                                + accepted);
        return Optional.empty();
    }
}
