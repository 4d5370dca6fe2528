package org.implantdhr.outcome.control;

/**
 * Whose patients the outcomes are over: everyone's (QA, QA managers, regulators) or one surgeon's
 * own. The surgeon's id is a number read from the signed-in account, never from the request, so it
 * is written into the SQL as a literal (a null-typed parameter is not portable to PostgreSQL).
 */
public record OutcomeScope(Long surgeonId, String description) {

    public static OutcomeScope everyone() {
        return new OutcomeScope(null, "All patients");
    }

    public static OutcomeScope surgeon(long id, String name) {
        return new OutcomeScope(id, "Patients of " + name);
    }

    String where() {
        return surgeonId == null ? " WHERE 1 = 1" : " WHERE im.surgeon_id = " + surgeonId;
    }
}
