package org.implantdhr.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page shows a moment one way (ISO 8601 with the zone, {@code Times} → {@code IsoTime}): no
 * page or page bean formats one its own way, and no page prints a moment's raw {@code toString()}.
 */
class OneTimeFormatTest {

    /** An EL expression that prints a moment as it is, e.g. #{c.signedAt()} or #{x.revokedAt}. */
    private static final Pattern RAW_MOMENT_ON_A_PAGE =
            Pattern.compile("#\\{(?![^}]*\\btimes\\.)[^}]*(At|Until|signingTime)(\\(\\))?\\}");

    /** Moments shown through a bean that already formatted them with IsoTime. */
    private static final List<String> FORMATTED_BY_ISO_TIME =
            List.of("#{row.occurredAt()}", "#{a.signedAt()}", "#{fc.signingTime()}");

    @Test
    void noPageBeanFormatsAMomentItself() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> offenders =
                    files.filter(f -> f.toString().endsWith(".java"))
                            .filter(f -> !f.endsWith("BackupResource.java")) // a file name
                            .filter(f -> contains(f, "DateTimeFormatter"))
                            .map(Path::toString)
                            .toList();
            assertThat(offenders).isEmpty();
        }
    }

    @Test
    void noPagePrintsARawMoment() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            List<String> offenders =
                    files.filter(f -> f.toString().endsWith(".xhtml"))
                            .flatMap(OneTimeFormatTest::rawMoments)
                            .filter(hit -> FORMATTED_BY_ISO_TIME.stream().noneMatch(hit::endsWith))
                            .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static Stream<String> rawMoments(Path page) {
        try {
            String text = Files.readString(page);
            // form inputs bound to a LocalDateTime are entered, not shown
            return RAW_MOMENT_ON_A_PAGE
                    .matcher(text)
                    .results()
                    .map(m -> m.group())
                    .filter(el -> el.endsWith("()}"))
                    .map(el -> page + ": " + el);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
