package org.implantdhr.inspection.control;

import java.util.Optional;
import org.implantdhr.evidence.control.DecimalText;
import org.implantdhr.evidence.control.ProblemList;
import org.implantdhr.evidence.control.UnitConversion;
import org.w3c.dom.Element;

/**
 * Reads the linear values of a QIF document in millimetres, using the file's declared linear unit.
 */
final class QifValues {

    private final String unitName;
    private final UnitConversion toMillimetres;
    private final ProblemList problems;

    private QifValues(String unitName, UnitConversion toMillimetres, ProblemList problems) {
        this.unitName = unitName;
        this.toMillimetres = toMillimetres;
        this.problems = problems;
    }

    /**
     * The file's linear unit: PrimaryUnits/LinearUnit, or QIF's default, the metre, when the file
     * declares none (Units.xsd, LinearValueType: the unit is "the LinearUnit specified in the
     * PrimaryUnits element of a FileUnits element, if that specification exists, and meters if
     * not").
     */
    static QifValues of(Element root, ProblemList problems) {
        Optional<String> unit =
                QifElements.text(root, "FileUnits", "PrimaryUnits", "LinearUnit", "UnitName");
        String location = "element /QIFDocument/FileUnits/PrimaryUnits/LinearUnit/UnitName";
        if (unit.isEmpty()) {
            return new QifValues("", UnitConversion.times("1000"), problems);
        }
        Optional<UnitConversion> conversion = conversion(unit.get());
        if (conversion.isEmpty()) {
            problems.add(
                    location, "unknown linear unit '" + unit.get() + "'; expected mm, in or m");
        }
        return new QifValues(unit.get(), conversion.orElse(UnitConversion.NONE), problems);
    }

    private static Optional<UnitConversion> conversion(String unit) {
        return switch (unit) {
            case "mm", "millimeter", "millimetre" -> Optional.of(UnitConversion.NONE);
            case "in", "inch" -> Optional.of(UnitConversion.times("25.4"));
            case "m", "meter", "metre" -> Optional.of(UnitConversion.times("1000"));
            default -> Optional.empty();
        };
    }

    /**
     * A characteristic's nominal in mm and the tolerance its definition states, as deviations from
     * it.
     */
    record Nominal(double targetMm, Optional<MeasuredCharacteristic.Tolerance> tolerance) {
        static final Nominal NONE = new Nominal(0, Optional.empty());
    }

    /**
     * The nominal and tolerance of a characteristic nominal element and its definition (either may
     * be null); empty if a value is refused (then reported). Limits without a TargetValue
     * (DefinedAsLimit, as CheckMate writes a diameter 6.3 … 6.5) give their midpoint as nominal and
     * half their span each side.
     */
    Optional<Nominal> nominal(Element nominal, Element definition) {
        int before = problems.count();
        Optional<Double> target = length(nominal, "TargetValue");
        Optional<Element> limits =
                definition == null
                        ? Optional.empty()
                        : QifElements.child(definition, "Tolerance")
                                .filter(
                                        t ->
                                                QifElements.text(t, "DefinedAsLimit")
                                                        .filter("true"::equals)
                                                        .isPresent());
        if (target.isEmpty()
                && limits.isPresent()
                && QifElements.child(nominal, "TargetValue").isEmpty()) {
            Optional<Double> max = length(limits.get(), "MaxValue");
            Optional<Double> min = length(limits.get(), "MinValue");
            if (max.isPresent() && min.isPresent()) {
                java.math.BigDecimal mid =
                        java.math.BigDecimal.valueOf(max.get())
                                .add(java.math.BigDecimal.valueOf(min.get()))
                                .divide(java.math.BigDecimal.valueOf(2));
                target = Optional.of(mid.doubleValue());
            }
        }
        double targetMm = target.orElse(0.0);
        Optional<MeasuredCharacteristic.Tolerance> tolerance =
                definition == null ? Optional.empty() : tolerance(definition, targetMm);
        return problems.count() == before
                ? Optional.of(new Nominal(targetMm, tolerance))
                : Optional.empty();
    }

    /**
     * The value of child {@code name} of {@code parent} in mm; empty if absent or refused (then
     * reported).
     */
    Optional<Double> length(Element parent, String name) {
        Optional<Element> element = QifElements.child(parent, name);
        if (element.isEmpty()) {
            return Optional.empty();
        }
        String location = QifElements.location(element.get());
        String unit = element.get().getAttribute("linearUnit");
        if (!unit.isEmpty() && !unit.equals(unitName)) {
            problems.add(
                    location,
                    "unit '" + unit + "' differs from the file's linear unit '" + unitName + "'");
            return Optional.empty();
        }
        String text = element.get().getTextContent().strip();
        double value = DecimalText.parse(text);
        if (Double.isNaN(value)) {
            problems.add(location, DecimalText.problemWith(text));
            return Optional.empty();
        }
        return Optional.of(toMillimetres.apply(text, value));
    }

    /**
     * The tolerance a characteristic definition states, as deviations from {@code target}: a size
     * tolerance with both MaxValue and MinValue, or a geometric ToleranceValue (zone from 0).
     */
    private Optional<MeasuredCharacteristic.Tolerance> tolerance(
            Element definition, double target) {
        Optional<Double> zone = length(definition, "ToleranceValue");
        if (zone.isPresent()) {
            return Optional.of(new MeasuredCharacteristic.Tolerance(0, zone.get()));
        }
        Optional<Element> tolerance = QifElements.child(definition, "Tolerance");
        if (tolerance.isEmpty()) {
            return Optional.empty();
        }
        Optional<Double> max = length(tolerance.get(), "MaxValue");
        Optional<Double> min = length(tolerance.get(), "MinValue");
        if (max.isEmpty() || min.isEmpty()) {
            return Optional.empty();
        }
        boolean limits =
                QifElements.text(tolerance.get(), "DefinedAsLimit")
                        .filter("true"::equals)
                        .isPresent();
        double lower = limits ? decimalDifference(min.get(), target) : min.get();
        double upper = limits ? decimalDifference(max.get(), target) : max.get();
        if (lower > upper) {
            problems.add(
                    QifElements.location(tolerance.get()), "MinValue is greater than MaxValue");
            return Optional.empty();
        }
        return Optional.of(new MeasuredCharacteristic.Tolerance(lower, upper));
    }

    /** 1.2 − 1.8 as −0.6, not the binary −0.6000000000000001. */
    private static double decimalDifference(double a, double b) {
        return java.math.BigDecimal.valueOf(a)
                .subtract(java.math.BigDecimal.valueOf(b))
                .doubleValue();
    }
}
