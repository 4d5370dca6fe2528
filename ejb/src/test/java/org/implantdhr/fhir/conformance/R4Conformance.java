package org.implantdhr.fhir.conformance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * Checks a FHIR R4 Bundle in JSON against the R4 definitions, as far as they can be checked without
 * HL7's instance validator (its HAPI module is not served here): parsed back with HAPI's strict
 * parser (an unknown element, a value of the wrong JSON type, a malformed date or an unknown code
 * of an enumerated element fails), then every element present, in every resource and data type down
 * to the primitives, against its StructureDefinition's snapshot: the minimum and maximum
 * cardinality of each element, the type of each choice element, the codes of every element with a
 * required binding against its value set as the definitions enumerate it; then every reference
 * resolves to an entry of the Bundle and every full URL is unique. Not checked: the invariants
 * (FHIRPath), and codes of external terminologies (LOINC, SNOMED CT, MedDRA): their systems are
 * checked by the tests that know which codes they expect.
 */
public final class R4Conformance {

    private final R4Definitions definitions = R4Definitions.get();
    private final List<String> problems = new ArrayList<>();

    private R4Conformance() {}

    /** The problems found in the Bundle, each naming where; an empty list when it conforms. */
    public static List<String> problemsOf(String json) {
        Bundle bundle;
        try {
            bundle =
                    FhirContext.forR4Cached()
                            .newJsonParser()
                            .setParserErrorHandler(new StrictErrorHandler())
                            .parseResource(Bundle.class, json);
        } catch (DataFormatException e) {
            return List.of("not R4 JSON: " + e.getMessage());
        }
        var check = new R4Conformance();
        check.resource(bundle, "Bundle");
        check.references(bundle);
        return check.problems;
    }

    /**
     * Whether the R4 code system {@code url} (one HL7 publishes with R4, such as AdverseEvent's
     * seriousness) defines {@code code}: for codes bound only by example, which the check of a
     * Bundle leaves alone.
     */
    public static boolean defines(String url, String code) {
        return R4Definitions.get().defines(url, code);
    }

    private void resource(Resource resource, String location) {
        String type = resource.fhirType();
        var sd = definitions.type(type);
        if (sd.isEmpty()) {
            problems.add(location + ": no R4 definition of " + type);
            return;
        }
        elements(resource, sd.get(), type, location);
    }

    /** The children of {@code value}, which {@code path} of {@code sd} defines. */
    private void elements(Base value, StructureDefinition sd, String path, String location) {
        for (ElementDefinition d : sd.getSnapshot().getElement()) {
            if (!isChild(d.getPath(), path)) {
                continue;
            }
            String name = d.getPath().substring(path.length() + 1);
            Property property = value.getNamedProperty(name);
            if (property == null) {
                problems.add(location + ": " + name + " is defined, but not in the model");
                continue;
            }
            List<Base> present =
                    property.getValues().stream().filter(v -> v != null && !v.isEmpty()).toList();
            String at = location + "." + name;
            if (present.size() < d.getMin()) {
                problems.add(
                        at + ": required (min " + d.getMin() + "), " + present.size() + " present");
            }
            if (!"*".equals(d.getMax()) && present.size() > Integer.parseInt(d.getMax())) {
                problems.add(at + ": at most " + d.getMax() + ", " + present.size() + " present");
            }
            for (int i = 0; i < present.size(); i++) {
                Base v = present.get(i);
                String here = present.size() > 1 ? at + "[" + i + "]" : at;
                if (name.endsWith("[x]")
                        && d.getType().stream().noneMatch(t -> t.getCode().equals(v.fhirType()))) {
                    problems.add(here + ": type " + v.fhirType() + " is not one of " + typesOf(d));
                }
                if (d.hasBinding()
                        && d.getBinding().getStrength()
                                == org.hl7.fhir.r4.model.Enumerations.BindingStrength.REQUIRED
                        && d.getBinding().hasValueSet()) {
                    bound(v, d.getBinding().getValueSet(), here);
                }
                descend(v, d, sd, here);
            }
        }
    }

    private void descend(Base v, ElementDefinition d, StructureDefinition sd, String here) {
        if (d.hasContentReference()) {
            elements(v, sd, d.getContentReference().substring(1), here);
        } else if (sd.getSnapshot().getElement().stream()
                .anyMatch(e -> isChild(e.getPath(), d.getPath()))) {
            elements(v, sd, d.getPath(), here); // a backbone element, defined in place
        } else if (v instanceof Resource r) {
            resource(r, here + "/" + r.fhirType());
        } else if (!(v instanceof PrimitiveType<?>)) {
            var type = definitions.type(v.fhirType());
            if (type.isEmpty()) {
                problems.add(here + ": no R4 definition of " + v.fhirType());
            } else {
                elements(v, type.get(), v.fhirType(), here);
            }
        }
    }

    /** A required binding: the code (or one coding of a concept) is in the value set. */
    private void bound(Base v, String valueSet, String here) {
        var codes = definitions.codes(valueSet);
        if (codes.isEmpty()) {
            problems.add(here + ": required value set " + valueSet + " cannot be expanded here");
            return;
        }
        Set<String> allowed = codes.get();
        if (v instanceof Enumeration<?> e) {
            String code = e.getValueAsString();
            if (allowed.stream().noneMatch(c -> c.endsWith("|" + code))) {
                problems.add(here + ": " + code + " is not in " + valueSet);
            }
        } else if (v instanceof PrimitiveType<?> p) {
            String code = p.getValueAsString();
            if (allowed.stream().noneMatch(c -> c.endsWith("|" + code))) {
                problems.add(here + ": " + code + " is not in " + valueSet);
            }
        } else if (v instanceof Coding c) {
            if (!allowed.contains(c.getSystem() + "|" + c.getCode())) {
                problems.add(
                        here + ": " + c.getSystem() + "|" + c.getCode() + " is not in " + valueSet);
            }
        } else if (v instanceof CodeableConcept cc) {
            if (cc.getCoding().stream()
                    .noneMatch(c -> allowed.contains(c.getSystem() + "|" + c.getCode()))) {
                problems.add(
                        here
                                + ": no coding of "
                                + cc.getCoding().stream()
                                        .map(c -> c.getSystem() + "|" + c.getCode())
                                        .toList()
                                + " is in "
                                + valueSet);
            }
        }
    }

    private void references(Bundle bundle) {
        Set<String> fullUrls = new HashSet<>();
        for (var e : bundle.getEntry()) {
            if (!fullUrls.add(e.getFullUrl())) {
                problems.add("Bundle.entry: full URL " + e.getFullUrl() + " is not unique");
            }
        }
        for (var e : bundle.getEntry()) {
            collect(e.getResource(), e.getResource().fhirType(), fullUrls);
        }
    }

    private void collect(Base value, String location, Set<String> fullUrls) {
        if (value instanceof Reference r
                && r.hasReference()
                && !fullUrls.contains(r.getReference())) {
            problems.add(
                    location
                            + ": reference "
                            + r.getReference()
                            + " does not resolve in the Bundle");
        }
        for (Property p : value.children()) {
            for (Base child : p.getValues()) {
                if (child != null && !(child instanceof PrimitiveType<?>)) {
                    collect(child, location + "." + p.getName(), fullUrls);
                }
            }
        }
    }

    private static boolean isChild(String candidate, String parent) {
        return candidate.startsWith(parent + ".")
                && candidate.indexOf('.', parent.length() + 1) < 0;
    }

    private static String typesOf(ElementDefinition d) {
        return d.getType().stream()
                .map(ElementDefinition.TypeRefComponent::getCode)
                .toList()
                .toString();
    }
}
