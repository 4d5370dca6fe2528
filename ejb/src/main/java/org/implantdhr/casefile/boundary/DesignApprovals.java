package org.implantdhr.casefile.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.casefile.entity.ApproverRole;
import org.implantdhr.casefile.entity.Design;
import org.implantdhr.casefile.entity.DesignApproval;
import org.implantdhr.identity.control.ElectronicSignatures;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.identity.entity.SignatureMeaning;
import org.implantdhr.platform.control.ConflictingRecordException;

/**
 * Approval of a design by e-signature (DES-APPROVAL): the design engineer approves it, the case's
 * surgeon accepts it. Each signs the SHA-256 of the STL, so the approval holds for exactly that
 * file.
 */
@Stateless
@RolesAllowed({"ENGINEER", "SURGEON"})
public class DesignApprovals {

    static final String SUBJECT_TYPE = "Design";

    @PersistenceContext EntityManager em;

    @Resource SessionContext session;

    @Inject AuditTrail audit;

    @Inject ElectronicSignatures signatures;

    @EJB Designs designs;

    @EJB Cases cases;

    public DesignApproval approve(
            String caseNumber, String designVersion, char[] password, String zoneId) {
        Design design = designs.get(caseNumber, designVersion);
        ApproverRole role =
                cases.callerIsSurgeonOf(design.implantCase())
                        ? ApproverRole.SURGEON
                        : roleOfEngineer();
        if (design.approvalBy(role).isPresent()) {
            throw new ConflictingRecordException(
                    "Design "
                            + designVersion
                            + " of case "
                            + caseNumber
                            + " is already approved by its "
                            + role.name().toLowerCase());
        }
        var signature =
                signatures.sign(
                        password,
                        SignatureMeaning.APPROVAL,
                        zoneId,
                        SUBJECT_TYPE,
                        design.id(),
                        design.sha256());
        var approval = new DesignApproval(design, role, signature);
        em.persist(approval);
        em.flush();
        audit.event(
                "APPROVE",
                design,
                role + " approval by " + signature.manifestation() + ", sha256 " + design.sha256(),
                null);
        return approval;
    }

    /**
     * A surgeon who is not this case's surgeon never gets here: to them the case does not exist.
     */
    private ApproverRole roleOfEngineer() {
        if (!session.isCallerInRole(Role.ENGINEER_)) {
            throw new jakarta.ejb.EJBAccessException(
                    "Only the design engineer or the case's surgeon approves a design");
        }
        return ApproverRole.ENGINEER;
    }
}
