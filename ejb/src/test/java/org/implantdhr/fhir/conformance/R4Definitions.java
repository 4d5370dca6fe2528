package org.implantdhr.fhir.conformance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * The FHIR R4 (4.0.1) definitions as HL7 publishes them, read from HAPI's {@code
 * hapi-fhir-validation-resources-r4}: the StructureDefinition of every resource and data type
 * (their snapshots give each element's cardinality, types and bindings), the value sets and the
 * code systems they draw on. Read once per JVM (some seconds).
 */
final class R4Definitions {

    private static final String BASE = "/org/hl7/fhir/r4/model/";

    private static final R4Definitions INSTANCE = new R4Definitions();

    private final Map<String, StructureDefinition> byType = new HashMap<>();
    private final Map<String, ValueSet> valueSets = new HashMap<>();
    private final Map<String, CodeSystem> codeSystems = new HashMap<>();
    private final Map<String, Optional<Set<String>>> expansions = new HashMap<>();

    private R4Definitions() {
        IParser xml =
                FhirContext.forR4Cached()
                        .newXmlParser()
                        .setParserErrorHandler(new LenientErrorHandler(false));
        for (String file :
                List.of("profile/profiles-types.xml", "profile/profiles-resources.xml")) {
            for (Bundle.BundleEntryComponent e : read(xml, file).getEntry()) {
                if (e.getResource() instanceof StructureDefinition sd
                        && sd.getDerivation()
                                == StructureDefinition.TypeDerivationRule.SPECIALIZATION
                        && sd.getKind() != StructureDefinition.StructureDefinitionKind.LOGICAL) {
                    byType.put(sd.getType(), sd);
                }
            }
        }
        for (String file : List.of("valueset/valuesets.xml", "valueset/v3-codesystems.xml")) {
            for (Bundle.BundleEntryComponent e : read(xml, file).getEntry()) {
                if (e.getResource() instanceof ValueSet vs) {
                    valueSets.put(vs.getUrl(), vs);
                } else if (e.getResource() instanceof CodeSystem cs) {
                    codeSystems.put(cs.getUrl(), cs);
                }
            }
        }
    }

    static R4Definitions get() {
        return INSTANCE;
    }

    /** The base definition of a resource or data type, by its name ("Device", "Coding"). */
    Optional<StructureDefinition> type(String name) {
        return Optional.ofNullable(byType.get(name));
    }

    /**
     * Every {@code system|code} of a value set, where it is an enumeration of codes or of whole
     * code systems defined in R4 (empty where it uses filters or an external terminology: such a
     * set cannot be checked here).
     */
    synchronized Optional<Set<String>> codes(String valueSetUrl) {
        String url =
                valueSetUrl.contains("|")
                        ? valueSetUrl.substring(0, valueSetUrl.indexOf('|'))
                        : valueSetUrl;
        return expansions.computeIfAbsent(url, this::expand);
    }

    private Optional<Set<String>> expand(String url) {
        ValueSet vs = valueSets.get(url);
        if (vs == null) {
            return Optional.empty();
        }
        Set<String> codes = new HashSet<>();
        for (ValueSet.ConceptSetComponent include : vs.getCompose().getInclude()) {
            if (include.hasFilter()) {
                return Optional.empty();
            }
            for (var imported : include.getValueSet()) {
                Optional<Set<String>> inner = codes(imported.getValue());
                if (inner.isEmpty()) {
                    return Optional.empty();
                }
                codes.addAll(inner.get());
            }
            if (!include.hasSystem()) {
                continue;
            }
            String system = include.getSystem();
            if (include.hasConcept()) {
                include.getConcept().forEach(c -> codes.add(system + "|" + c.getCode()));
            } else {
                CodeSystem cs = codeSystems.get(system);
                if (cs == null || cs.getContent() != CodeSystem.CodeSystemContentMode.COMPLETE) {
                    return Optional.empty();
                }
                addAll(system, cs.getConcept(), codes);
            }
        }
        return Optional.of(codes);
    }

    private static void addAll(
            String system,
            List<CodeSystem.ConceptDefinitionComponent> concepts,
            Set<String> codes) {
        for (var c : concepts) {
            codes.add(system + "|" + c.getCode());
            addAll(system, c.getConcept(), codes);
        }
    }

    private static Bundle read(IParser xml, String file) {
        try (InputStream in = R4Definitions.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException(
                        "The R4 definitions "
                                + file
                                + " are not on the class path"
                                + " (ca.uhn.hapi.fhir:hapi-fhir-validation-resources-r4)");
            }
            return xml.parseResource(
                    Bundle.class, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
