package org.implantdhr.casefile.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.casefile.entity.RegulatoryPathway;
import org.implantdhr.identity.boundary.Users;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.identity.entity.UserAccount;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;

/**
 * Implant cases. Engineers open them; the plant, QA and regulators read them all; a surgeon reads
 * only the cases that name them, and to a surgeon any other case does not exist (404), so that not
 * even its number leaks.
 */
@Stateless
@RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "SURGEON"})
public class Cases {

    private static final List<String> READ_ALL =
            List.of("OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR");

    @PersistenceContext EntityManager em;

    @Resource SessionContext session;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @EJB Users users;

    @RolesAllowed("ENGINEER")
    public ImplantCase open(CaseData data) {
        if (em.createNamedQuery(ImplantCase.BY_NUMBER, ImplantCase.class)
                .setParameter("caseNumber", data.caseNumber())
                .getResultStream()
                .findFirst()
                .isPresent()) {
            throw new ConflictingRecordException(
                    "Case " + data.caseNumber() + " is already recorded");
        }
        var implantCase =
                new ImplantCase(
                        data.caseNumber(),
                        surgeon(data.surgeon()).id(),
                        currentUser.username(),
                        RecordingClock.now());
        implantCase.describe(
                data.hospital(),
                data.patientPseudonym(),
                RegulatoryPathway.named(data.regulatoryPathway(), "regulatoryPathway"),
                data.plannedSurgeryDate(),
                data.deviceName(),
                data.deviceModel(),
                data.prescriptionReference());
        em.persist(implantCase);
        em.flush();
        audit.created(implantCase);
        return implantCase;
    }

    public List<ImplantCase> all(int offset, int limit) {
        var query =
                readsAll()
                        ? em.createQuery(
                                "select c from ImplantCase c order by c.caseNumber",
                                ImplantCase.class)
                        : em.createQuery(
                                        "select c from ImplantCase c where c.surgeonId = :me order by c.caseNumber",
                                        ImplantCase.class)
                                .setParameter("me", currentUser.account().id());
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * The latest opened cases, newest first, for the plant's overview (a surgeon reads their cases
     * through all).
     */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<ImplantCase> recent(int limit) {
        return em.createQuery(
                        "select c from ImplantCase c order by c.createdAt desc, c.id desc",
                        ImplantCase.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The case, if it exists and the caller may see it. */
    public Optional<ImplantCase> find(String caseNumber) {
        return em.createNamedQuery(ImplantCase.BY_NUMBER, ImplantCase.class)
                .setParameter("caseNumber", caseNumber)
                .getResultStream()
                .findFirst()
                .filter(this::visibleToCaller);
    }

    public ImplantCase get(String caseNumber) {
        return find(caseNumber).orElseThrow(() -> new NoSuchRecordException("Case", caseNumber));
    }

    /** For requests that name a case: an unknown one is a mistake in the request. */
    public ImplantCase referenced(String caseNumber, String field) {
        return find(caseNumber)
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        field, "No case '" + caseNumber + "' is recorded"));
    }

    public String surgeonUsername(ImplantCase implantCase) {
        return em.find(UserAccount.class, implantCase.surgeonId()).username();
    }

    /** True when the caller is the surgeon this case names. */
    public boolean callerIsSurgeonOf(ImplantCase implantCase) {
        return session.isCallerInRole(Role.SURGEON_)
                && implantCase.isSurgeon(currentUser.account().id());
    }

    private boolean visibleToCaller(ImplantCase implantCase) {
        return readsAll() || callerIsSurgeonOf(implantCase);
    }

    private boolean readsAll() {
        return READ_ALL.stream().anyMatch(session::isCallerInRole);
    }

    private UserAccount surgeon(String username) {
        return users.find(username == null ? "" : username)
                .filter(u -> u.active() && u.hasRole(Role.SURGEON))
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        "surgeon",
                                        "'"
                                                + username
                                                + "' is not an active user with the role SURGEON"));
    }
}
