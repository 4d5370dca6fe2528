package org.implantdhr.implantation.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.entity.UserAccount;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * Whose patients a caller may see and record for — the one place this is decided. A surgeon: the
 * patients of their own cases. Study staff: the patients operated in their hospital. QA, QA
 * managers and regulators read every patient and record for none. A patient the caller may not see
 * is answered exactly like one that does not exist, so that nobody learns of other patients.
 */
@RequestScoped
public class PatientAccess {

    private static final List<String> READ_ALL = List.of("QA", "QA_MANAGER", "REGULATOR");

    @Inject SecurityContext security;

    @Inject CurrentUser currentUser;

    private UserAccount account;

    public boolean readsAll() {
        return READ_ALL.stream().anyMatch(security::isCallerInRole);
    }

    /** Whether the caller records for a patient of this surgeon operated in this hospital. */
    public boolean records(long surgeonId, String hospital) {
        if (security.isCallerInRole("SURGEON") && account().id() == surgeonId) {
            return true;
        }
        return security.isCallerInRole("STUDY_STAFF")
                && account().hospital() != null
                && account().hospital().equalsIgnoreCase(hospital);
    }

    public boolean reads(long surgeonId, String hospital) {
        return readsAll() || records(surgeonId, hospital);
    }

    /** Refuses, naming {@code field}, a patient the caller does not record for. */
    public void requireRecords(long surgeonId, String hospital, String serial, String field) {
        if (!records(surgeonId, hospital)) {
            throw notAmongYours(serial, field);
        }
    }

    public static InvalidRequestException notAmongYours(String serial, String field) {
        return new InvalidRequestException(
                field, "No implant " + serial + " among the patients you follow");
    }

    /**
     * The JPQL condition on an entity with {@code surgeonId} and {@code hospital} (an implantation,
     * or a case) that keeps the patients the caller may see; bind it with {@link #bindScope}.
     */
    public String scope(String alias) {
        if (readsAll()) {
            return "1 = 1";
        }
        var parts = new java.util.ArrayList<String>();
        if (isSurgeon()) {
            parts.add(alias + ".surgeonId = :scopeMe");
        }
        if (isStudyStaff() && myHospital() != null) {
            parts.add("lower(" + alias + ".hospital) = :scopeHospital");
        }
        return parts.isEmpty() ? "1 = 0" : "(" + String.join(" or ", parts) + ")";
    }

    public <T> jakarta.persistence.TypedQuery<T> bindScope(
            jakarta.persistence.TypedQuery<T> query, String jpql) {
        if (jpql.contains(":scopeMe")) {
            query.setParameter("scopeMe", me());
        }
        if (jpql.contains(":scopeHospital")) {
            query.setParameter("scopeHospital", myHospital().toLowerCase(java.util.Locale.ROOT));
        }
        return query;
    }

    /** The caller's user id, for queries of "my patients". */
    public long me() {
        return account().id();
    }

    /** The caller's hospital (study staff), or null. */
    public String myHospital() {
        return account().hospital();
    }

    public boolean isSurgeon() {
        return security.isCallerInRole("SURGEON");
    }

    public boolean isStudyStaff() {
        return security.isCallerInRole("STUDY_STAFF");
    }

    private UserAccount account() {
        if (account == null) {
            account = currentUser.account();
        }
        return account;
    }
}
