package org.implantdhr.vigilance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.control.ElectronicSignatures;
import org.implantdhr.identity.entity.ElectronicSignature;
import org.implantdhr.identity.entity.SignatureMeaning;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.rules.vigilance.ReportingDeadline;
import org.implantdhr.vigilance.entity.ReportabilityDecision;
import org.implantdhr.vigilance.entity.ReportingFramework;
import org.implantdhr.vigilance.entity.VigilanceCase;

/**
 * A QA manager decides whether a vigilance case is reportable under the EU MDR Art. 87 (and, where
 * the installation reports to the FDA, under 21 CFR 803), says why and signs: one e-signature,
 * meaning REPORTABILITY, bound to the SHA-256 of exactly what was decided. A reportable decision
 * under the EU MDR sets the case's deadline (its triage). Nothing is stored when anything is
 * missing or the password is wrong.
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER", "REGULATOR"})
public class ReportabilityDecisions {

    static final String SUBJECT_TYPE = "ReportabilityDecision";
    private static final int MAX_REASON = 2000;

    @PersistenceContext EntityManager em;

    @EJB VigilanceCases cases;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @Inject ElectronicSignatures signatures;

    /** Whether this installation reports to the FDA under 21 CFR 803 as well. */
    @Inject
    @ConfigProperty(name = "implantdhr.vigilance.fda-reporting", defaultValue = "false")
    boolean fdaReporting;

    /** The regulations decisions are made under here. */
    public List<ReportingFramework> frameworks() {
        return fdaReporting
                ? List.of(ReportingFramework.values())
                : List.of(ReportingFramework.EU_MDR);
    }

    @RolesAllowed("QA_MANAGER")
    public DecisionRecord decide(
            String caseNumber,
            String framework,
            Boolean reportable,
            String deadline,
            String reason,
            char[] password,
            String zoneId) {
        ReportingFramework under = framework(framework);
        if (reportable == null) {
            throw new InvalidRequestException(
                    "reportable", "Say whether the case is reportable (true or false)");
        }
        ReportingDeadline chosen = deadline(under, reportable, deadline);
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException(
                    "reason",
                    reportable
                            ? "Say why the case is reportable and why this deadline applies"
                            : "Say why the case is not reportable");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidRequestException("reason", "At most " + MAX_REASON + " characters");
        }
        VigilanceCase vigilanceCase = cases.get(caseNumber);
        String by = currentUser.username();
        var decision =
                new ReportabilityDecision(
                        vigilanceCase,
                        under,
                        reportable,
                        chosen,
                        reason.strip(),
                        by,
                        RecordingClock.now());
        em.persist(decision);
        em.flush();
        ElectronicSignature signature =
                signatures.sign(
                        password,
                        SignatureMeaning.REPORTABILITY,
                        zoneId,
                        SUBJECT_TYPE,
                        decision.id(),
                        decision.contentSha256());
        decision.signedWith(signature.id());
        em.flush();
        audit.created(decision);
        if (reportable && under == ReportingFramework.EU_MDR) {
            Map<String, Object> before = vigilanceCase.auditState();
            vigilanceCase.triage(chosen, reason.strip(), by, RecordingClock.now());
            audit.changed(
                    vigilanceCase,
                    before,
                    "signed reportability decision under " + under.label() + ": " + reason.strip());
        }
        return DecisionRecord.of(vigilanceCase.caseNumber(), decision, signature.manifestation());
    }

    /**
     * How near its due day a case without a signed EU MDR decision is alerted on QA managers'
     * pages: due within this many days, or overdue.
     */
    public static final int ALERT_DAYS = 2;

    /**
     * The cases that have no signed EU MDR decision yet and whose report is due within {@link
     * #ALERT_DAYS} days or overdue (an untriaged case counts the 2 days of Art. 87(4)), soonest
     * first.
     */
    public List<VigilanceCase> awaitingDecision() {
        LocalDate near =
                LocalDate.ofInstant(RecordingClock.now(), ZoneOffset.UTC).plusDays(ALERT_DAYS);
        return em
                .createQuery(
                        "select c from VigilanceCase c where (c.dueOn is null or c.dueOn <= :near)"
                                + " and not exists (select d from ReportabilityDecision d"
                                + " where d.caseId = c.id and d.framework = :eu)"
                                + " order by c.awareOn, c.caseNumber",
                        VigilanceCase.class)
                .setParameter("near", near)
                .setParameter("eu", ReportingFramework.EU_MDR)
                .setMaxResults(200)
                .getResultList()
                .stream()
                .sorted(java.util.Comparator.comparing(VigilanceCase::dueOnAtTheLatest))
                .toList();
    }

    /** The case's decisions, oldest first, each with its signature. */
    public List<DecisionRecord> ofCase(String caseNumber) {
        VigilanceCase vigilanceCase = cases.get(caseNumber);
        List<Object[]> rows =
                em.createQuery(
                                "select d, s from ReportabilityDecision d, ElectronicSignature s"
                                        + " where d.caseId = :case and s.id = d.signatureId"
                                        + " order by d.createdAt, d.id",
                                Object[].class)
                        .setParameter("case", vigilanceCase.id())
                        .getResultList();
        return rows.stream()
                .map(
                        r ->
                                DecisionRecord.of(
                                        vigilanceCase.caseNumber(),
                                        (ReportabilityDecision) r[0],
                                        ((ElectronicSignature) r[1]).manifestation()))
                .toList();
    }

    private ReportingFramework framework(String framework) {
        if (framework == null || framework.isBlank()) {
            throw new InvalidRequestException(
                    "framework", "Say under which regulation: one of " + frameworks());
        }
        ReportingFramework under;
        try {
            under =
                    ReportingFramework.valueOf(
                            framework.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "framework", "No regulation " + framework.strip() + "; one of " + frameworks());
        }
        if (!frameworks().contains(under)) {
            throw new InvalidRequestException(
                    "framework",
                    "This installation does not report under "
                            + under.label()
                            + " (implantdhr.vigilance.fda-reporting)");
        }
        return under;
    }

    private static ReportingDeadline deadline(
            ReportingFramework under, boolean reportable, String deadline) {
        boolean given = deadline != null && !deadline.isBlank();
        if (!reportable) {
            if (given) {
                throw new InvalidRequestException(
                        "deadline", "A case that is not reportable has no reporting deadline");
            }
            return null;
        }
        if (!given) {
            throw new InvalidRequestException(
                    "deadline",
                    "Choose the reporting deadline that applies: one of " + under.deadlines());
        }
        ReportingDeadline chosen =
                Arrays.stream(ReportingDeadline.values())
                        .filter(d -> d.name().equals(deadline.strip()))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new InvalidRequestException(
                                                "deadline",
                                                "No reporting deadline "
                                                        + deadline.strip()
                                                        + "; one of "
                                                        + under.deadlines()));
        if (!under.has(chosen)) {
            throw new InvalidRequestException(
                    "deadline",
                    chosen.name()
                            + " is not a deadline of "
                            + under.label()
                            + "; one of "
                            + under.deadlines());
        }
        return chosen;
    }
}
