package org.implantdhr.validation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One executed (or skipped) test as the {@link TestEvidenceListener} saw it: where it lives, its
 * result, every tag it carries (its own and its classes') plus the requirement ids it published
 * itself, and the failure's message. One line of an evidence file: tab-separated {@code class,
 * test, result, tags, message}.
 */
public record TestEvidence(
        String module,
        String className,
        String test,
        TestResult result,
        Set<String> tags,
        String message) {

    public static final String HEADER = "class\ttest\tresult\ttags\tmessage";
    private static final int MESSAGE_LENGTH = 300;

    public TestEvidence {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(result, "result");
        module = module == null ? "" : module;
        tags = Set.copyOf(tags);
        message = message == null ? "" : message;
    }

    public TestEvidence inModule(String name) {
        return new TestEvidence(name, className, test, result, tags, message);
    }

    public TestEvidence withResult(TestResult other, String why) {
        return new TestEvidence(module, className, test, other, tags, why);
    }

    /** The class name without its package, for reading. */
    public String simpleClassName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    public String toLine() {
        return String.join(
                "\t",
                field(className),
                field(test),
                result.name(),
                tags.stream().sorted().map(TestEvidence::field).collect(Collectors.joining(" ")),
                field(shortened(message)));
    }

    public static TestEvidence fromLine(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
            throw new IllegalArgumentException("Expected 5 tab-separated fields: " + line);
        }
        Set<String> tags =
                Arrays.stream(f[3].split(" "))
                        .filter(t -> !t.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        return new TestEvidence("", f[0], f[1], TestResult.valueOf(f[2]), tags, f[4]);
    }

    private static String field(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    private static String shortened(String text) {
        return text.length() <= MESSAGE_LENGTH ? text : text.substring(0, MESSAGE_LENGTH - 1) + "…";
    }
}
