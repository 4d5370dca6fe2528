package org.implantdhr.fhir.conformance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * The FHIR R4 (4.0.1) definitions as HL7 publishes them, read from HAPI's {@code
 * hapi-fhir-validation-resources-r4}: the StructureDefinition of every resource and data type
 * (their snapshots give each element's cardinality, types and bindings), the value sets and the
 * code systems they draw on. Each definition is read when first asked for, once per JVM.
 */
final class R4Definitions {

    private static final String BASE = "/org/hl7/fhir/r4/model/";

    private static final R4Definitions INSTANCE = new R4Definitions();

    private final IParser xml =
            FhirContext.forR4Cached()
                    .newXmlParser()
                    .setParserErrorHandler(new LenientErrorHandler(false));
    private final List<String> structures;
    private final List<String> terminologies;
    private final Map<String, Optional<StructureDefinition>> byType = new HashMap<>();
    private final Map<String, Optional<Set<String>>> expansions = new HashMap<>();

    /**
     * The published bundles are read as text and each definition parsed when first asked for:
     * parsing all of them (35 MB of XML) takes most of a minute, the few a Bundle needs a second.
     */
    private R4Definitions() {
        structures =
                List.of(text("profile/profiles-types.xml"), text("profile/profiles-resources.xml"));
        terminologies =
                List.of(text("valueset/valuesets.xml"), text("valueset/v3-codesystems.xml"));
    }

    static R4Definitions get() {
        return INSTANCE;
    }

    /** The base definition of a resource or data type, by its name ("Device", "Coding"). */
    synchronized Optional<StructureDefinition> type(String name) {
        return byType.computeIfAbsent(
                name,
                n ->
                        find(structures, "http://hl7.org/fhir/StructureDefinition/" + n)
                                .map(StructureDefinition.class::cast));
    }

    /** Whether R4 defines {@code code} in the code system {@code url}. */
    boolean defines(String url, String code) {
        return codeSystem(url)
                .map(cs -> codesOf(url, cs.getConcept()).contains(url + "|" + code))
                .orElse(false);
    }

    private static Set<String> codesOf(
            String system, List<CodeSystem.ConceptDefinitionComponent> concepts) {
        Set<String> codes = new HashSet<>();
        addAll(system, concepts, codes);
        return codes;
    }

    private Optional<ValueSet> valueSet(String url) {
        return find(terminologies, url)
                .filter(ValueSet.class::isInstance)
                .map(ValueSet.class::cast);
    }

    private Optional<CodeSystem> codeSystem(String url) {
        return find(terminologies, url)
                .filter(CodeSystem.class::isInstance)
                .map(CodeSystem.class::cast);
    }

    /** The definition whose canonical URL is {@code url}: the Bundle entry that names it. */
    private Optional<org.hl7.fhir.r4.model.Resource> find(List<String> files, String url) {
        String marker = "<url value=\"" + url + "\">";
        for (String file : files) {
            int at = file.indexOf(marker);
            if (at < 0) {
                continue;
            }
            int entry = file.lastIndexOf("<entry>", at);
            int entryEnd = file.indexOf("</entry>", at);
            String inEntry = file.substring(entry, entryEnd);
            String resource =
                    inEntry.substring(
                            inEntry.indexOf("<resource>") + "<resource>".length(),
                            inEntry.lastIndexOf("</resource>"));
            return Optional.of((org.hl7.fhir.r4.model.Resource) xml.parseResource(resource));
        }
        return Optional.empty();
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
        // not computeIfAbsent: a value set that imports another expands it in the same call
        Optional<Set<String>> known = expansions.get(url);
        if (known == null) {
            known = expand(url);
            expansions.put(url, known);
        }
        return known;
    }

    private Optional<Set<String>> expand(String url) {
        ValueSet vs = valueSet(url).orElse(null);
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
                CodeSystem cs = codeSystem(system).orElse(null);
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

    private static String text(String file) {
        try (InputStream in = R4Definitions.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException(
                        "The R4 definitions "
                                + file
                                + " are not on the class path"
                                + " (ca.uhn.hapi.fhir:hapi-fhir-validation-resources-r4)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
