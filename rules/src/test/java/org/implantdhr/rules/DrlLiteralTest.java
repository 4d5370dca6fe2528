package org.implantdhr.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Limits are specification data: no DRL file may contain a numeric literal. */
class DrlLiteralTest {

    private static final Path DRL_FOLDER = Path.of("src/main/resources/org/implantdhr/rules");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])\\d+(\\.\\d+)?(?![\\w])");

    @Test
    void noDrlFileContainsANumericLiteral() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.list(DRL_FOLDER)) {
            files = walk.filter(p -> p.toString().endsWith(".drl")).toList();
        }
        assertThat(files).hasSize(10);
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String code = lines.get(i).replaceAll("//.*", "");
                assertThat(NUMBER.matcher(code).find())
                        .as(file.getFileName() + ":" + (i + 1) + " " + code)
                        .isFalse();
            }
        }
    }

    @Test
    void ruleSetVersionIsTheHashOfTheDrlFilesInTheBuild() {
        assertThat(RuleSetVersion.current().drlSha256())
                .isEqualTo(RuleSetDigest.sha256OfDrlFiles(Path.of("target/classes")));
    }
}
