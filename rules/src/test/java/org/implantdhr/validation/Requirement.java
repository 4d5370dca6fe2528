package org.implantdhr.validation;

import java.util.Objects;

/**
 * Something the system must do, that tests prove: its id (the JUnit tag that names it), the group
 * it belongs to, one line saying what it asks, and a note (e.g. why it is expected to stay a gap).
 */
public record Requirement(String id, String group, String description, String note) {

    public Requirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        description = description == null ? "" : description;
        note = note == null ? "" : note;
    }
}
