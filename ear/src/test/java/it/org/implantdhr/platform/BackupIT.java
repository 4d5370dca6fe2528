package it.org.implantdhr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The online backup of the embedded database (issue 11), for an administrator only. Its restore
 * into an empty database, after which the audit chain verifies, is proven by .ci/crash-test (it
 * needs a server stopped and started again).
 */
@ExtendWith(ArquillianExtension.class)
@Tag("CFR-11.10c")
class BackupIT {

    @Test
    void anAdministratorBacksUpTheEmbeddedDatabaseWhileTheServerRuns() throws Exception {
        var answer = People.admin().get("/api/backup");
        if (System.getProperty("db.kind", "h2").equals("postgresql")) {
            Api.expectProblem(answer, 409, "pg_dump");
            return;
        }
        Api.expect(answer, 200);
        assertThat(answer.contentType()).startsWith("application/zip");
        List<String> entries = new ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(answer.body()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).anyMatch(name -> name.endsWith(".mv.db"));
    }

    @Test
    @Tag("CFR-11.10d")
    void noOtherRoleMayTakeABackup() {
        for (String role : List.of("QA", "QA_MANAGER", "REGULATOR", "OPERATOR")) {
            var answer = People.as(role).get("/api/backup");
            assertThat(answer.status()).as(role + ": " + answer).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }
}
