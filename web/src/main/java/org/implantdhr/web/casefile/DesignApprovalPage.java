package org.implantdhr.web.casefile;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.implantdhr.casefile.boundary.DesignApprovals;
import org.implantdhr.casefile.boundary.Designs;
import org.implantdhr.casefile.entity.ApproverRole;
import org.implantdhr.casefile.entity.Design;
import org.implantdhr.casefile.entity.DesignApproval;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.platform.control.IsoTime;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.web.identity.SignatureInput;
import org.implantdhr.web.platform.KeptMessages;
import org.implantdhr.web.platform.PageErrors;

/**
 * A design put before those who approve it, its surgeon (/surgeon/design) and its design engineer
 * (/work/design): what it measures, a picture of its shape, the approvals so far, and the approval
 * by e-signature (the password again; the same boundary call as the API's approval, which decides
 * in which role the caller signs).
 */
@Named
@ViewScoped
public class DesignApprovalPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the design measures, in millimetres as the design record stores it. */
    public record Facts(
            String caseNumber,
            String patientPseudonym,
            String hospital,
            String deviceName,
            String plannedSurgeryDate,
            String version,
            String fileName,
            String sha256,
            String declaredUnit,
            int triangleCount,
            BigDecimal sizeX,
            BigDecimal sizeY,
            BigDecimal sizeZ,
            BigDecimal maxOuterDimension,
            BigDecimal volumeMm3,
            BigDecimal surfaceAreaMm2,
            boolean closedMesh,
            String meshDefect,
            BigDecimal minWall,
            String uploadedBy)
            implements Serializable {

        public BigDecimal volumeCm3() {
            return volumeMm3.movePointLeft(3).setScale(2, RoundingMode.HALF_EVEN);
        }
    }

    /**
     * One approval: in which role, who (printed name), when in the signer's zone, and the hash
     * signed.
     */
    public record Approval(
            String role, String printedName, String signedAt, String meaning, String signedHash)
            implements Serializable {}

    @EJB Designs designs;

    @EJB DesignApprovals approvals;

    @Inject SignatureInput signature;

    private String caseNumber;
    private String version;
    private Facts facts;
    private List<Approval> signed = List.of();
    private ApproverRole signingRole;
    private boolean approvedByMe;
    private String svg;

    public void load() {
        try {
            Design design = designs.get(caseNumber, version);
            show(design);
            svg =
                    StlProjectionSvg.render(
                            designs.file(caseNumber, version).content(),
                            "Design " + version + " of case " + caseNumber);
        } catch (NoSuchRecordException e) {
            facts = null;
            PageErrors.atTop(
                    "None of your cases has a design '"
                            + version
                            + "' of case '"
                            + caseNumber
                            + "'.");
        }
    }

    /**
     * The surgeon's e-signature, meaning APPROVAL, bound to the design file's SHA-256; then the
     * page again.
     */
    public String approve() {
        char[] secret = signature.takePassword();
        try {
            approvals.approve(caseNumber, version, secret, signature.getZone());
            KeptMessages.keep(
                    "You approved design "
                            + version
                            + " of case "
                            + caseNumber
                            + " with your electronic signature.");
            return thisView()
                    + "?faces-redirect=true&case="
                    + encoded(caseNumber)
                    + "&version="
                    + encoded(version);
        } catch (RuntimeException e) {
            PageErrors.of(Map.of("password", "approve:password", "zone", "approve:zone")).show(e);
            return null;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** The page the approval was signed on, e.g. /work/design, shown again after it. */
    private static String thisView() {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return viewId.substring(0, viewId.length() - ".xhtml".length());
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void show(Design design) {
        ImplantCase c = design.implantCase();
        facts =
                new Facts(
                        c.caseNumber(),
                        c.patientPseudonym(),
                        c.hospital(),
                        c.deviceName(),
                        c.plannedSurgeryDate().toString(),
                        design.designVersion(),
                        design.file().fileName(),
                        design.sha256(),
                        design.declaredUnit().name(),
                        design.triangleCount(),
                        design.sizeXMm(),
                        design.sizeYMm(),
                        design.sizeZMm(),
                        design.maxOuterDimensionMm(),
                        design.volumeMm3(),
                        design.surfaceAreaMm2(),
                        design.closedMesh(),
                        design.meshDefect(),
                        design.minWallMm(),
                        design.createdBy());
        signed = design.approvals().stream().map(DesignApprovalPage::approval).toList();
        signingRole = signingRole();
        approvedByMe = signingRole != null && design.approvalBy(signingRole).isPresent();
    }

    /**
     * The role the caller would sign in, as DesignApprovals decides it: a surgeon (who sees only
     * their own cases) as the case's surgeon, an engineer as the design engineer; nobody else
     * approves.
     */
    private static ApproverRole signingRole() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.isUserInRole(Role.SURGEON_)) {
            return ApproverRole.SURGEON;
        }
        return external.isUserInRole(Role.ENGINEER_) ? ApproverRole.ENGINEER : null;
    }

    private static Approval approval(DesignApproval a) {
        var s = a.signature();
        return new Approval(
                a.approverRole().name(),
                s.printedName(),
                IsoTime.of(s.signedAt(), s.zoneId()),
                s.meaning().name(),
                s.signedHash());
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public Facts getFacts() {
        return facts;
    }

    public List<Approval> getSigned() {
        return signed;
    }

    /** SURGEON or ENGINEER: the role the caller approves in; null for those who do not approve. */
    public ApproverRole getSigningRole() {
        return signingRole;
    }

    /** What the signer declares, by role. */
    public String getStatement() {
        if (facts == null || signingRole == null) {
            return "";
        }
        String design =
                " design "
                        + facts.version()
                        + " of case "
                        + facts.caseNumber()
                        + " for patient "
                        + facts.patientPseudonym();
        return signingRole == ApproverRole.ENGINEER
                ? "As its design engineer I approve"
                        + design
                        + ": it was designed from this case's CT study and meets its design input."
                : "I approve"
                        + design
                        + ": the shape and the measures shown fit this patient as planned.";
    }

    public boolean isApprovedByMe() {
        return approvedByMe;
    }

    public String getSvg() {
        return svg;
    }

    /** The password and time zone of the approval signature. */
    public SignatureInput getSignature() {
        return signature;
    }
}
