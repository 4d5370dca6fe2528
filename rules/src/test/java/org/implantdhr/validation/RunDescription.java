package org.implantdhr.validation;

import java.time.Instant;

/**
 * Which build the report is about: the project and version, the database the integration tests
 * used, when.
 */
public record RunDescription(String title, String database, Instant buildStart, Instant generated) {

    public String summary() {
        return "Integration tests on "
                + database
                + "; build started "
                + (buildStart == null ? "(unknown)" : buildStart.toString())
                + ", report generated "
                + generated
                + ". Results are those of this build only.";
    }
}
