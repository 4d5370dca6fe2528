package org.implantdhr.inspection.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.implantdhr.build.control.ProblemList;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads dimensional results from a QIF 3 (ANSI/DMSC QIF 3.0, ISO 23952) Results document.
 *
 * <h2>What is read</h2>
 * <pre>
 * QIFDocument (namespace http://qifstandards.org/xsd/qif3)
 *   FileUnits/PrimaryUnits/LinearUnit/UnitName         mm | millimeter | millimetre | in | inch (×25.4)
 *   Characteristics/CharacteristicDefinitions/*CharacteristicDefinition[@id]
 *       Tolerance/MaxValue, MinValue, DefinedAsLimit     size tolerance (deviations, or limits if true)
 *       ToleranceValue                                   geometric tolerance zone → tolerance 0 … value
 *   Characteristics/CharacteristicNominals/*CharacteristicNominal[@id]
 *       CharacteristicDefinitionId, TargetValue          nominal (0 when absent: geometric tolerance)
 *   Characteristics/CharacteristicItems/*CharacteristicItem[@id]
 *       Name (or CharacteristicDesignator/Designator)    the characteristic's name, unique
 *       CharacteristicDesignator/Criticality/LevelEnum   CRITICAL or KEY → critical; MINOR, MAJOR, UNDEFINED → not
 *       CharacteristicNominalId
 *   MeasurementsResults/MeasurementResultsSet/MeasurementResults   exactly one (one implant per file)
 *     MeasuredCharacteristics/CharacteristicMeasurements/*CharacteristicMeasurement
 *       Status/CharacteristicStatusEnum                  PASS FAIL REWORK SYSERROR INDETERMINATE NOT_ANALYZED
 *       CharacteristicItemId, Value
 * </pre>
 * Every characteristic item must have exactly one measurement and every measurement an item. The
 * kind follows the QIF type: Diameter → HOLE_DIAMETER, Position → HOLE_POSITION, SurfaceProfile →
 * FIT_SURFACE, Thickness → WALL_THICKNESS, any other linear type → OTHER; angular types (Angle,
 * AngleBetween, AngleFrom, AngularCoordinate) are refused, since results are kept in millimetres.
 * Refused as well: BASIC, UNDEFINED or OtherCharacteristicStatus (not verdicts), OtherLevel
 * criticality, values with a {@code linearUnit} other than the file's, NaN and infinity. Any
 * DOCTYPE, entity or XInclude is refused and never resolved (see {@link SafeXmlReader}).
 */
public final class QifResultsParser {

    static final String TITLE = "The QIF results cannot be accepted";
    private static final String XINCLUDE = "http://www.w3.org/2001/XInclude";
    private static final Set<String> ANGULAR = Set.of("Angle", "AngleBetween", "AngleFrom", "AngularCoordinate");

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
            problems.add(QifElements.location((Element) root.getElementsByTagNameNS(XINCLUDE, "*").item(0)),
                    "XInclude is not accepted");
        } else if (!QifElements.NAMESPACE.equals(root.getNamespaceURI()) || !"QIFDocument".equals(root.getLocalName())) {
            problems.add("element /" + root.getLocalName(), "not a QIF 3 document: the root must be QIFDocument in "
                    + "namespace " + QifElements.NAMESPACE);
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
            Map<String, Element> measurementByItem = measurementsByItem();
            List<Element> items = QifElements.child(root, "Characteristics", "CharacteristicItems")
                    .map(QifElements::children).orElse(List.of());
            if (items.isEmpty()) {
                problems.add("element /QIFDocument/Characteristics/CharacteristicItems", "no characteristic items");
            }
            List<MeasuredCharacteristic> results = new ArrayList<>();
            Map<String, String> itemByName = new HashMap<>();
            for (Element item : items) {
                Element measurement = measurementByItem.remove(item.getAttribute("id"));
                if (measurement == null) {
                    problems.add(QifElements.location(item), "the characteristic has no measurement");
                    continue;
                }
                characteristic(item, measurement, itemByName).ifPresent(results::add);
            }
            measurementByItem.values().forEach(m -> problems.add(QifElements.location(m, "CharacteristicItemId"),
                    "refers to no characteristic item"));
            return results;
        }

        private Optional<MeasuredCharacteristic> characteristic(Element item, Element measurement,
                Map<String, String> itemByName) {
            int before = problems.count();
            String type = item.getLocalName().replaceFirst("CharacteristicItem$", "");
            if (ANGULAR.contains(type)) {
                problems.add(QifElements.location(item), type + " characteristics are angular; only linear ones are accepted");
                return Optional.empty();
            }
            String name = name(item, itemByName);
            boolean critical = critical(item);
            Element nominal = reference(item, "CharacteristicNominalId", nominals);
            Element definition = nominal == null ? null : reference(nominal, "CharacteristicDefinitionId", definitions);
            double target = nominal == null ? 0 : values.length(nominal, "TargetValue").orElse(0.0);
            Optional<MeasuredCharacteristic.Tolerance> tolerance = definition == null ? Optional.empty()
                    : values.tolerance(definition, nominal, target);
            CharacteristicStatus status = status(measurement);
            Optional<Double> measured = values.length(measurement, "Value");
            if (measured.isEmpty() && problems.count() == before) {
                problems.add(QifElements.location(measurement, "Value"), "the measured value is missing");
            }
            if (problems.count() > before) {
                return Optional.empty();
            }
            return Optional.of(new MeasuredCharacteristic(name, kind(type), target, tolerance, measured.get(), status,
                    critical));
        }

        private String name(Element item, Map<String, String> itemByName) {
            String name = QifElements.text(item, "Name")
                    .or(() -> QifElements.text(item, "CharacteristicDesignator", "Designator")).orElse("");
            if (name.isEmpty()) {
                problems.add(QifElements.location(item, "Name"), "the characteristic has neither Name nor Designator");
            } else if (itemByName.containsKey(name)) {
                problems.add(QifElements.location(item, "Name"), "'" + name + "' is also the name of item "
                        + itemByName.get(name));
            } else {
                itemByName.put(name, item.getAttribute("id"));
            }
            return name;
        }

        private boolean critical(Element item) {
            Optional<Element> criticality = QifElements.child(item, "CharacteristicDesignator", "Criticality");
            if (criticality.isEmpty()) {
                return false;
            }
            Optional<String> level = QifElements.text(criticality.get(), "LevelEnum");
            String location = QifElements.location(criticality.get(), "LevelEnum");
            if (level.isEmpty()) {
                problems.add(location, "only the QIF criticality levels MINOR, MAJOR, CRITICAL, KEY, UNDEFINED are accepted");
                return false;
            }
            return switch (level.get()) {
                case "CRITICAL", "KEY" -> true;
                case "MINOR", "MAJOR", "UNDEFINED" -> false;
                default -> {
                    problems.add(location, "unknown criticality level '" + level.get() + "'");
                    yield false;
                }
            };
        }

        private CharacteristicStatus status(Element measurement) {
            Optional<String> status = QifElements.text(measurement, "Status", "CharacteristicStatusEnum");
            String location = QifElements.location(measurement, "Status");
            if (status.isEmpty()) {
                problems.add(location, QifElements.child(measurement, "Status").isPresent()
                        ? "only CharacteristicStatusEnum is accepted, not a user-defined status"
                        : "the status is missing");
                return null;
            }
            try {
                return CharacteristicStatus.valueOf(status.get());
            } catch (IllegalArgumentException e) {
                problems.add(location, "status '" + status.get() + "' is not an inspection verdict; expected one of "
                        + Arrays.toString(CharacteristicStatus.values()));
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
                problems.add(QifElements.location(from, idElement), "refers to id " + id.get() + ", which does not exist");
            }
            return target;
        }

        private Map<String, Element> measurementsByItem() {
            List<Element> sets = QifElements.child(root, "MeasurementsResults", "MeasurementResultsSet")
                    .map(s -> QifElements.children(s, "MeasurementResults")).orElse(List.of());
            Map<String, Element> byItem = new LinkedHashMap<>();
            if (sets.size() != 1) {
                problems.add("element /QIFDocument/MeasurementsResults/MeasurementResultsSet", sets.isEmpty()
                        ? "no MeasurementResults" : sets.size() + " MeasurementResults; one per inspected implant expected");
                return byItem;
            }
            List<Element> measurements = QifElements.child(sets.get(0), "MeasuredCharacteristics",
                    "CharacteristicMeasurements").map(QifElements::children).orElse(List.of());
            for (Element measurement : measurements) {
                Optional<String> item = QifElements.text(measurement, "CharacteristicItemId");
                if (item.isEmpty()) {
                    problems.add(QifElements.location(measurement, "CharacteristicItemId"), "is missing");
                } else if (byItem.putIfAbsent(item.get(), measurement) != null) {
                    problems.add(QifElements.location(measurement, "CharacteristicItemId"),
                            "item " + item.get() + " is measured more than once");
                }
            }
            return byItem;
        }

        private Map<String, Element> byId(String section) {
            Map<String, Element> byId = new HashMap<>();
            QifElements.child(root, "Characteristics", section).map(QifElements::children).orElse(List.of())
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
