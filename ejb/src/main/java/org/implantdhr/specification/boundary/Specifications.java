package org.implantdhr.specification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.control.ElectronicSignatures;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.identity.entity.SignatureMeaning;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.rules.specification.Specification;
import org.implantdhr.specification.control.DraftChanges;
import org.implantdhr.specification.control.EffectiveDates;
import org.implantdhr.specification.control.SpecificationContent;
import org.implantdhr.specification.control.SpecificationRecords;
import org.implantdhr.specification.entity.SpecificationVersion;

/**
 * Release specifications as versioned data. Everyone in the plant and the regulator reads them; a
 * QA manager prepares a new version as a draft copied from an existing one, edits it, and approves
 * it with an e-signature over its content, after which it never changes. The release decision takes
 * the version in force on its day.
 */
@Stateless
@RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
public class Specifications {

    public static final String SUBJECT_TYPE = "SpecificationVersion";
    private static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{1,39}";
    private static final String VERSION_PATTERN = "[0-9A-Za-z][0-9A-Za-z.-]{0,19}";

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @Inject ElectronicSignatures signatures;

    @Inject SpecificationRecords records;

    @Inject DraftChanges draftChanges;

    @Inject EffectiveDates effectiveDates;

    /** Every version of every code, without limits. */
    public List<SpecificationRecord> all() {
        return records.summaries(
                em.createNamedQuery(SpecificationVersion.ALL, SpecificationVersion.class)
                        .getResultList());
    }

    /**
     * Every specification code, alphabetically (for choosing one; the versions are read per code).
     */
    public List<String> codes() {
        return em.createQuery(
                        "select distinct v.code from SpecificationVersion v order by v.code",
                        String.class)
                .getResultList();
    }

    public List<SpecificationRecord> ofCode(String code) {
        return records.summaries(
                em.createNamedQuery(SpecificationVersion.OF_CODE, SpecificationVersion.class)
                        .setParameter("code", code)
                        .getResultList());
    }

    public SpecificationRecord get(String code, String version) {
        return records.withLimits(version(code, version));
    }

    /**
     * The approved version in force on {@code date}: the one with the latest effective date on or
     * before it.
     */
    public Optional<SpecificationRecord> findEffectiveOn(String code, LocalDate date) {
        return records.approvedOf(code).stream()
                .filter(v -> !v.effectiveFrom().isAfter(date))
                .findFirst()
                .map(records::withLimits);
    }

    public SpecificationRecord effectiveOn(String code, LocalDate date) {
        return findEffectiveOn(code, date)
                .orElseThrow(
                        () ->
                                new NoSuchRecordException(
                                        "Specification in force on " + date + " for", code));
    }

    /**
     * The limits of any version (a draft too, to preview its effect) as the release rules take
     * them.
     */
    public Specification toRules(String code, String version) {
        return version(code, version).toRules();
    }

    public SpecificationComparison compare(String code, String a, String b) {
        return SpecificationComparison.of(version(code, a).toRules(), version(code, b).toRules());
    }

    @RolesAllowed(Role.QA_MANAGER_)
    public SpecificationRecord createDraft(String code, DraftData data) {
        checkPattern(
                code,
                CODE_PATTERN,
                "code",
                "A specification code is upper-case letters, digits and '-', like TI64-ELI-CW");
        checkPattern(
                data.version(),
                VERSION_PATTERN,
                "version",
                "A version is letters, digits, '.' and '-', like 1.1");
        if (data.rationale() == null || data.rationale().isBlank()) {
            throw new InvalidRequestException(
                    "rationale", "Why the specification changes is required");
        }
        if (find(code, data.version()).isPresent()) {
            throw new ConflictingRecordException(
                    "Specification " + code + " " + data.version() + " already exists");
        }
        String baseCode =
                data.baseCode() == null || data.baseCode().isBlank()
                        ? code
                        : data.baseCode().strip();
        SpecificationVersion base =
                find(baseCode, data.baseVersion())
                        .orElseThrow(
                                () ->
                                        new InvalidRequestException(
                                                "baseVersion",
                                                "No specification "
                                                        + baseCode
                                                        + " "
                                                        + data.baseVersion()
                                                        + " to start from"));
        effectiveDates.check(code, data.effectiveFrom(), today());
        var draft =
                new SpecificationVersion(
                        code,
                        data.version(),
                        data.effectiveFrom(),
                        base,
                        data.rationale().strip(),
                        base.toRules().limits(),
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(draft);
        em.flush();
        audit.created(draft);
        draftChanges.apply(draft, data.changes(), draft.rationale());
        return records.withLimits(draft);
    }

    /** Changes limits of a draft and, if {@code effectiveFrom} is given, its effective date. */
    @RolesAllowed(Role.QA_MANAGER_)
    public SpecificationRecord revise(
            String code,
            String version,
            LocalDate effectiveFrom,
            List<LimitChange> changes,
            String reason) {
        SpecificationVersion draft = draft(code, version);
        if (effectiveFrom != null && !effectiveFrom.equals(draft.effectiveFrom())) {
            effectiveDates.check(code, effectiveFrom, today());
            var before = draft.auditState();
            draft.takeEffectFrom(effectiveFrom);
            audit.changed(draft, before, reason);
        }
        draftChanges.apply(draft, changes == null ? List.of() : changes, reason);
        return records.withLimits(draft);
    }

    /**
     * The QA manager's e-signature (password re-entered, meaning APPROVAL) over the SHA-256 of the
     * version's content ({@link SpecificationContent}). A concurrent approval of another version of
     * the same code fails with a conflict instead of both taking effect.
     */
    @RolesAllowed(Role.QA_MANAGER_)
    public SpecificationRecord approve(
            String code, String version, char[] password, String zoneId) {
        SpecificationVersion draft = draft(code, version);
        effectiveDates
                .check(code, draft.effectiveFrom(), today(zoneId))
                .ifPresent(latest -> em.lock(latest, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
        String sha256 = new SpecificationContent(draft.toRules(), draft.effectiveFrom()).sha256();
        var signature =
                signatures.sign(
                        password,
                        SignatureMeaning.APPROVAL,
                        zoneId,
                        SUBJECT_TYPE,
                        draft.id(),
                        sha256);
        var before = draft.auditState();
        draft.approve(signature.id(), currentUser.username(), signature.signedAt(), sha256);
        audit.changed(draft, before, "approved: " + signature.manifestation());
        return records.withLimits(draft);
    }

    private SpecificationVersion version(String code, String version) {
        return find(code, version)
                .orElseThrow(
                        () -> new NoSuchRecordException("Specification", code + " " + version));
    }

    private SpecificationVersion draft(String code, String version) {
        SpecificationVersion found = version(code, version);
        if (!found.isDraft()) {
            throw new ConflictingRecordException(
                    "Specification "
                            + found.label()
                            + " is approved and never changes; "
                            + "prepare a new version from it");
        }
        return found;
    }

    private Optional<SpecificationVersion> find(String code, String version) {
        return em.createNamedQuery(SpecificationVersion.BY_LABEL, SpecificationVersion.class)
                .setParameter("code", code)
                .setParameter("version", version)
                .getResultStream()
                .findFirst();
    }

    private static void checkPattern(String value, String pattern, String field, String message) {
        if (value == null || !value.matches(pattern)) {
            throw new InvalidRequestException(field, message);
        }
    }

    private static LocalDate today() {
        return RecordingClock.today();
    }

    /** Today where the signer is; an unknown zone is refused by the signature itself. */
    private static LocalDate today(String zoneId) {
        try {
            return LocalDate.ofInstant(
                    RecordingClock.now(),
                    zoneId == null || zoneId.isBlank() ? ZoneOffset.UTC : ZoneId.of(zoneId));
        } catch (java.time.DateTimeException e) {
            throw new InvalidRequestException(
                    "zone", "'" + zoneId + "' is not a time zone such as Europe/Berlin");
        }
    }
}
