package org.implantdhr.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Joins the requirements with the tests whose tags name them. Tags that look like a requirement id
 * but name none (a typo, a withdrawn check) are kept aside, so that they can be shown rather than
 * silently ignored.
 */
public final class TraceMatrix {

    /**
     * An upper-case word, a hyphen and more: BLD-O2, CFR-11.10e, ISO13485-7.5.1 (but not
     * "benchmark").
     */
    private static final Pattern REQUIREMENT_LIKE =
            Pattern.compile("[A-Z][A-Z0-9]*-[A-Za-z0-9.-]+");

    private final List<TracedRequirement> requirements;
    private final List<TestEvidence> tests;
    private final Map<String, List<TestEvidence>> unknownTags;

    public TraceMatrix(List<Requirement> requirements, List<TestEvidence> tests) {
        this(requirements, tests, Map.of());
    }

    /**
     * @param namedIn tag → the test classes whose source names it (whether or not they ran)
     */
    public TraceMatrix(
            List<Requirement> requirements,
            List<TestEvidence> tests,
            Map<String, ? extends Set<String>> namedIn) {
        this.tests = List.copyOf(tests);
        Set<String> known = requirements.stream().map(Requirement::id).collect(Collectors.toSet());
        if (known.size() != requirements.size()) {
            throw new IllegalArgumentException("A requirement id appears twice");
        }
        this.requirements =
                requirements.stream()
                        .map(
                                r ->
                                        new TracedRequirement(
                                                r,
                                                tests.stream()
                                                        .filter(t -> t.tags().contains(r.id()))
                                                        .sorted(
                                                                Comparator.comparing(
                                                                                TestEvidence
                                                                                        ::module)
                                                                        .thenComparing(
                                                                                TestEvidence
                                                                                        ::className)
                                                                        .thenComparing(
                                                                                TestEvidence::test))
                                                        .toList(),
                                                namedIn.containsKey(r.id())
                                                        ? namedIn.get(r.id())
                                                        : Set.of()))
                        .toList();
        Map<String, List<TestEvidence>> unknown = new TreeMap<>();
        for (TestEvidence test : tests) {
            test.tags().stream()
                    .filter(tag -> REQUIREMENT_LIKE.matcher(tag).matches() && !known.contains(tag))
                    .forEach(tag -> unknown.computeIfAbsent(tag, t -> new ArrayList<>()).add(test));
        }
        this.unknownTags = unknown;
    }

    public List<TracedRequirement> requirements() {
        return requirements;
    }

    public Map<String, List<TracedRequirement>> byGroup() {
        return requirements.stream()
                .collect(
                        Collectors.groupingBy(
                                r -> r.requirement().group(),
                                LinkedHashMap::new,
                                Collectors.toList()));
    }

    public long count(RequirementStatus status) {
        return requirements.stream().filter(r -> r.status() == status).count();
    }

    /** Every test seen, tagged or not. */
    public List<TestEvidence> tests() {
        return tests;
    }

    public long countTests(TestResult result) {
        return tests.stream().filter(t -> t.result() == result).count();
    }

    public Map<String, List<TestEvidence>> unknownTags() {
        return unknownTags;
    }
}
