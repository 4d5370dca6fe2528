package org.implantdhr.inspection.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.implantdhr.evidence.control.ProblemList;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads dimensional results from a QIF 3 (ANSI/DMSC QIF 3.0, ISO 23952) Results document, as the
 * QIF 3.0 schema defines it (QIFDocument.xsd, QIFResults.xsd, Characteristics.xsd, Units.xsd) and
 * as CMM software (Calypso, CheckMate, the QIF community's samples) writes it.
 *
 * <h2>What is read</h2>
 *
 * <pre>
 * QIFDocument (namespace http://qifstandards.org/xsd/qif3)
 *   FileUnits/PrimaryUnits/LinearUnit/UnitName         mm | millimeter | millimetre | in | inch (×25.4) |
 *                                                      m | meter | metre (×1000). Without FileUnits, or without
 *                                                      a LinearUnit in it, QIF's default applies: the metre
 *                                                      (Units.xsd, LinearValueType: "… and meters if not")
 *   Characteristics/CharacteristicDefinitions/*CharacteristicDefinition[@id]
 *       Tolerance/MaxValue, MinValue, DefinedAsLimit     size tolerance (deviations, or limits if true)
 *       ToleranceValue                                   geometric tolerance zone → tolerance 0 … value
 *   Characteristics/CharacteristicNominals/*CharacteristicNominal[@id]
 *       CharacteristicDefinitionId, TargetValue          nominal (0 when absent: geometric tolerance; for
 *                                                        limits without a TargetValue, their midpoint)
 *   Characteristics/CharacteristicItems/*CharacteristicItem[@id]
 *       Name (or CharacteristicDesignator/Designator)    the characteristic's name, unique
 *       CharacteristicDesignator/Criticality             LevelEnum CRITICAL or KEY → critical; MINOR, MAJOR,
 *                                                        UNDEFINED → not. OtherLevel (user-defined, e.g. Calypso
 *                                                        writes "CRITICAL", "MAJOR", "REF"): read as the QIF
 *                                                        level it names, any other value is not critical
 *       CharacteristicNominalId
 *   Results/MeasurementResultsSet/MeasurementResults   exactly one (one implant per file)
 *     MeasuredCharacteristics/CharacteristicMeasurements/*CharacteristicMeasurement
 *       CharacteristicItemId                             the item measured (key/keyref in QIFDocument.xsd)
 *       Status/CharacteristicStatusEnum                  PASS FAIL REWORK SYSERROR INDETERMINATE NOT_ANALYZED
 *                                                        BASIC_OR_TED UNDEFINED
 *       Value                                            the measured value (deviation for a geometric tolerance)
 * </pre>
 *
 * Every characteristic item must be measured and every measurement must measure an item. An item
 * measured more than once (a point profile at several points, a position per feature) gives one
 * characteristic per measurement, named {@code "<name> #k"} in file order. The kind follows the QIF
 * type: Diameter → HOLE_DIAMETER, Position → HOLE_POSITION, SurfaceProfile → FIT_SURFACE, Thickness
 * → WALL_THICKNESS, any other linear type → OTHER.
 *
 * <h2>Left out, because they are not linear inspection verdicts</h2>
 *
 * A measurement with status BASIC_OR_TED (a basic dimension or theoretically exact dimension,
 * reported, not judged) and an angular characteristic (Angle, AngleBetween, AngleFrom,
 * AngularCoordinate: results are kept in millimetres) are left out — unless the characteristic is
 * critical, which is refused, because DIM-CRITICAL must judge every critical characteristic.
 *
 * <h2>Refused</h2>
 *
 * Status UNDEFINED or OtherCharacteristicStatus (not verdicts), an unknown criticality LevelEnum,
 * values with a {@code linearUnit} other than the file's, an unknown linear unit, NaN and infinity,
 * no or several MeasurementResults, a measurement without value. Each refusal names the element
 * path. Any DOCTYPE, entity or XInclude is refused and never resolved (see {@link SafeXmlReader}).
 * A file without any characteristic measurement (only an overall InspectionStatus, for instance)
 * parses to no characteristic; the upload then refuses it ({@link ResultsFiles}).
 */
public final class QifResultsParser {

    static final String TITLE = "The QIF results cannot be accepted";
    private static final String XINCLUDE = "http://www.w3.org/2001/XInclude";
    private static final Set<String> ANGULAR =
            Set.of("Angle", "AngleBetween", "AngleFrom", "AngularCoordinate");
    private static final Set<String> CRITICAL_LEVELS = Set.of("CRITICAL", "KEY");
    private static final String RESULTS_SET = "element /QIFDocument/Results/MeasurementResultsSet";

    public InspectionResults parse(byte[] bytes) {
        ProblemList problems = new ProblemList();
        if (bytes.length == 0) {
            problems.add("file", "the file is empty");
        }
        problems.throwIfAny(TITLE);
        Optional<Document> document = SafeXmlReader.read(bytes, problems);
        problems.throwIfAny(TITLE);
        Element root = document.orElseThrow().getDocumentElement();
        if (root.getElementsByTagNameNS(XINCLUDE, "*").getLength() > 0) {
            problems.add(
                    QifElements.location(
                            (Element) root.getElementsByTagNameNS(XINCLUDE, "*").item(0)),
                    "XInclude is not accepted");
        } else if (!QifElements.NAMESPACE.equals(root.getNamespaceURI())
                || !"QIFDocument".equals(root.getLocalName())) {
            problems.add(
                    "element /" + root.getLocalName(),
                    "not a QIF 3 document: the root must be QIFDocument in "
                            + "namespace "
                            + QifElements.NAMESPACE);
        }
        problems.throwIfAny(TITLE);
        List<MeasuredCharacteristic> results = new Reading(root, problems).characteristics();
        problems.throwIfAny(TITLE);
        return new InspectionResults(results);
    }

    /** One pass over a document: the lookup tables and the problems found so far. */
    private static final class Reading {
        private final Element root;
        private final ProblemList problems;
        private final Map<String, Element> definitions;
        private final Map<String, Element> nominals;
        private final QifValues values;

        Reading(Element root, ProblemList problems) {
            this.root = root;
            this.problems = problems;
            this.definitions = byId("CharacteristicDefinitions");
            this.nominals = byId("CharacteristicNominals");
            this.values = QifValues.of(root, problems);
        }

        List<MeasuredCharacteristic> characteristics() {
            Map<String, List<Element>> measurementsByItem = measurementsByItem();
            if (measurementsByItem == null) {
                return List.of();
            }
            List<Element> items =
                    QifElements.child(root, "Characteristics", "CharacteristicItems")
                            .map(QifElements::children)
                            .orElse(List.of());
            List<MeasuredCharacteristic> results = new ArrayList<>();
            Map<String, String> itemByName = new HashMap<>();
            for (Element item : items) {
                List<Element> measurements = measurementsByItem.remove(item.getAttribute("id"));
                if (measurements == null) {
                    problems.add(
                            QifElements.location(item), "the characteristic has no measurement");
                    continue;
                }
                for (MeasuredCharacteristic c : characteristics(item, measurements, itemByName)) {
                    // "H1 #2" of an item measured twice may also be the name of another item
                    if (results.stream().anyMatch(r -> r.name().equals(c.name()))) {
                        problems.add(
                                QifElements.location(item, "Name"),
                                "'"
                                        + c.name()
                                        + "' is also the name of "
                                        + "another characteristic");
                    } else {
                        results.add(c);
                    }
                }
            }
            measurementsByItem.values().stream()
                    .flatMap(List::stream)
                    .forEach(
                            m ->
                                    problems.add(
                                            QifElements.location(m, "CharacteristicItemId"),
                                            "refers to no characteristic item"));
            return results;
        }

        /** The characteristics one item gives: one per measurement that is a linear verdict. */
        private List<MeasuredCharacteristic> characteristics(
                Element item, List<Element> measurements, Map<String, String> itemByName) {
            int before = problems.count();
            String type = item.getLocalName().replaceFirst("CharacteristicItem$", "");
            String name = name(item, itemByName);
            boolean critical = critical(item);
            if (ANGULAR.contains(type)) {
                if (critical) {
                    problems.add(
                            QifElements.location(item),
                            type
                                    + " characteristics are angular; a critical "
                                    + "characteristic must be linear, since results are judged in millimetres");
                }
                return List.of();
            }
            Element nominal = reference(item, "CharacteristicNominalId", nominals);
            Element definition =
                    nominal == null
                            ? null
                            : reference(nominal, "CharacteristicDefinitionId", definitions);
            Optional<QifValues.Nominal> stated =
                    nominal == null
                            ? Optional.of(QifValues.Nominal.NONE)
                            : values.nominal(nominal, definition);
            List<MeasuredCharacteristic> results = new ArrayList<>();
            int k = 0;
            for (Element measurement : measurements) {
                k++;
                int beforeMeasurement = problems.count();
                CharacteristicStatus status = status(measurement, critical);
                if (status == null) {
                    continue;
                }
                Optional<Double> measured = values.length(measurement, "Value");
                if (measured.isEmpty() && problems.count() == beforeMeasurement) {
                    problems.add(
                            QifElements.location(measurement, "Value"),
                            "the measured value is missing");
                }
                if (problems.count() == before && stated.isPresent()) {
                    String each = measurements.size() == 1 ? name : name + " #" + k;
                    results.add(
                            new MeasuredCharacteristic(
                                    each,
                                    kind(type),
                                    stated.get().targetMm(),
                                    stated.get().tolerance(),
                                    measured.get(),
                                    status,
                                    critical));
                }
            }
            return results;
        }

        private String name(Element item, Map<String, String> itemByName) {
            String name =
                    QifElements.text(item, "Name")
                            .or(
                                    () ->
                                            QifElements.text(
                                                    item, "CharacteristicDesignator", "Designator"))
                            .orElse("");
            if (name.isEmpty()) {
                problems.add(
                        QifElements.location(item, "Name"),
                        "the characteristic has neither Name nor Designator");
            } else if (itemByName.containsKey(name)) {
                problems.add(
                        QifElements.location(item, "Name"),
                        "'" + name + "' is also the name of item " + itemByName.get(name));
            } else {
                itemByName.put(name, item.getAttribute("id"));
            }
            return name;
        }

        private boolean critical(Element item) {
            Optional<Element> criticality =
                    QifElements.child(item, "CharacteristicDesignator", "Criticality");
            if (criticality.isEmpty()) {
                return false;
            }
            Optional<String> level = QifElements.text(criticality.get(), "LevelEnum");
            if (level.isEmpty()) {
                // A user-defined level: CMM software writes the QIF level names there too
                // ("CRITICAL", "REF").
                String other = QifElements.text(criticality.get(), "OtherLevel").orElse("");
                return CRITICAL_LEVELS.contains(other.toUpperCase(java.util.Locale.ROOT));
            }
            String location = QifElements.location(criticality.get(), "LevelEnum");
            return switch (level.get()) {
                case "CRITICAL", "KEY" -> true;
                case "MINOR", "MAJOR", "UNDEFINED" -> false;
                default -> {
                    problems.add(location, "unknown criticality level '" + level.get() + "'");
                    yield false;
                }
            };
        }

        /**
         * The verdict, or null when there is none: refused (reported), or BASIC_OR_TED (left out).
         */
        private CharacteristicStatus status(Element measurement, boolean critical) {
            Optional<String> status =
                    QifElements.text(measurement, "Status", "CharacteristicStatusEnum");
            String location = QifElements.location(measurement, "Status");
            if (status.isEmpty()) {
                problems.add(
                        location,
                        QifElements.child(measurement, "Status").isPresent()
                                ? "only CharacteristicStatusEnum is accepted, not a user-defined status"
                                : "the status is missing");
                return null;
            }
            if (status.get().equals("BASIC_OR_TED")) {
                if (critical) {
                    problems.add(
                            location,
                            "a critical characteristic must be judged; BASIC_OR_TED is not a verdict");
                }
                return null;
            }
            try {
                return CharacteristicStatus.valueOf(status.get());
            } catch (IllegalArgumentException e) {
                problems.add(
                        location,
                        "status '"
                                + status.get()
                                + "' is not an inspection verdict; expected one of "
                                + Arrays.toString(CharacteristicStatus.values())
                                + " (or BASIC_OR_TED, which is left out)");
                return null;
            }
        }

        private Element reference(Element from, String idElement, Map<String, Element> targets) {
            Optional<String> id = QifElements.text(from, idElement);
            if (id.isEmpty()) {
                return null;
            }
            Element target = targets.get(id.get());
            if (target == null) {
                problems.add(
                        QifElements.location(from, idElement),
                        "refers to id " + id.get() + ", which does not exist");
            }
            return target;
        }

        /**
         * The measurements of the one MeasurementResults by item id, in file order; null if there
         * is not one.
         */
        private Map<String, List<Element>> measurementsByItem() {
            List<Element> sets =
                    QifElements.child(root, "Results", "MeasurementResultsSet")
                            .map(s -> QifElements.children(s, "MeasurementResults"))
                            .orElse(List.of());
            Map<String, List<Element>> byItem = new LinkedHashMap<>();
            if (sets.size() != 1) {
                problems.add(
                        RESULTS_SET,
                        sets.isEmpty()
                                ? "no MeasurementResults"
                                : sets.size()
                                        + " MeasurementResults; one per inspected implant expected");
                return null;
            }
            List<Element> measurements =
                    QifElements.child(
                                    sets.get(0),
                                    "MeasuredCharacteristics",
                                    "CharacteristicMeasurements")
                            .map(QifElements::children)
                            .orElse(List.of());
            for (Element measurement : measurements) {
                Optional<String> item = QifElements.text(measurement, "CharacteristicItemId");
                if (item.isEmpty()) {
                    problems.add(
                            QifElements.location(measurement, "CharacteristicItemId"),
                            "is missing");
                } else {
                    byItem.computeIfAbsent(item.get(), i -> new ArrayList<>()).add(measurement);
                }
            }
            return byItem;
        }

        private Map<String, Element> byId(String section) {
            Map<String, Element> byId = new HashMap<>();
            QifElements.child(root, "Characteristics", section)
                    .map(QifElements::children)
                    .orElse(List.of())
                    .forEach(e -> byId.put(e.getAttribute("id"), e));
            return byId;
        }

        private static CharacteristicKind kind(String type) {
            return switch (type) {
                case "Diameter" -> CharacteristicKind.HOLE_DIAMETER;
                case "Position" -> CharacteristicKind.HOLE_POSITION;
                case "SurfaceProfile", "SurfaceProfileNonUniform" -> CharacteristicKind.FIT_SURFACE;
                case "Thickness" -> CharacteristicKind.WALL_THICKNESS;
                default -> CharacteristicKind.OTHER;
            };
        }
    }
}
