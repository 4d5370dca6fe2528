package org.implantdhr.casefile.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.casefile.control.DesignUnit;
import org.implantdhr.casefile.control.StlParser;
import org.implantdhr.casefile.entity.Design;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.evidence.control.EvidenceFiles;
import org.implantdhr.evidence.entity.EvidenceKind;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;

/**
 * Design versions of a case. The STL is measured before anything is kept: a file the parser refuses
 * leaves no file, no design and no audit entry behind.
 */
@Stateless
@RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "SURGEON"})
public class Designs {

    /** IANA media type of STL (2018); what the file is, whatever the uploading client called it. */
    private static final String VERSION_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,19}";

    private static final BigDecimal THICKEST_WALL_MM = new BigDecimal("999.999");

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @Inject EvidenceFiles files;

    @EJB Cases cases;

    @RolesAllowed("ENGINEER")
    public Design upload(
            String caseNumber,
            String designVersion,
            DesignUnit unit,
            String fileName,
            byte[] stl,
            BigDecimal minWallMm) {
        ImplantCase implantCase = cases.get(caseNumber);
        if (designVersion == null || !designVersion.matches(VERSION_PATTERN)) {
            throw new InvalidRequestException(
                    "version", "A design version is 1 to 20 letters, digits, '.', '_' or '-'");
        }
        if (unit == null) {
            throw new InvalidRequestException(
                    "unit", "An STL carries no unit: declare it as MILLIMETRE or INCH");
        }
        if (find(implantCase, designVersion).isPresent()) {
            throw new ConflictingRecordException(
                    "Case " + caseNumber + " already has design version " + designVersion);
        }
        var mesh = new StlParser().parse(stl, unit);
        var file = files.store(EvidenceKind.DESIGN_STL, fileName, stl);
        var design =
                new Design(
                        implantCase,
                        designVersion,
                        file,
                        mesh,
                        currentUser.username(),
                        RecordingClock.now());
        design.recordMinWall(wall(minWallMm));
        em.persist(design);
        em.flush();
        audit.created(design);
        return design;
    }

    /** The first value is recorded as an event of the design; changing one needs a reason. */
    @RolesAllowed("ENGINEER")
    public Design recordMinWall(
            String caseNumber, String designVersion, BigDecimal minWallMm, String reason) {
        Design design = get(caseNumber, designVersion);
        if (minWallMm == null) {
            throw new InvalidRequestException("minWall", "The minimum wall thickness is required");
        }
        var before = design.auditState();
        boolean first = design.minWallMm() == null;
        design.recordMinWall(wall(minWallMm));
        audit.changed(
                design,
                before,
                first && (reason == null || reason.isBlank()) ? "minimum wall recorded" : reason);
        return design;
    }

    public List<Design> ofCase(String caseNumber) {
        return em.createNamedQuery(Design.OF_CASE, Design.class)
                .setParameter("implantCase", cases.get(caseNumber))
                .getResultList();
    }

    public Design get(String caseNumber, String designVersion) {
        return find(cases.get(caseNumber), designVersion)
                .orElseThrow(
                        () ->
                                new NoSuchRecordException(
                                        "Design", caseNumber + " " + designVersion));
    }

    public DesignFile file(String caseNumber, String designVersion) {
        var file = get(caseNumber, designVersion).file();
        return new DesignFile(file.fileName(), file.mediaType(), file.sha256(), file.content());
    }

    /**
     * For registering an implant: the case and design it is made for, both named in the request (an
     * unknown one is a mistake in the request), and the device identifier that the case's pathway
     * may require.
     */
    public ImplantOrigin origin(String caseNumber, String designVersion, String udiDi) {
        ImplantCase implantCase = cases.referenced(caseNumber, "caseNumber");
        Design design =
                find(implantCase, designVersion)
                        .orElseThrow(
                                () ->
                                        new InvalidRequestException(
                                                "designVersion",
                                                "Case "
                                                        + caseNumber
                                                        + " has no design version '"
                                                        + designVersion
                                                        + "'"));
        implantCase.checkUdiDi(udiDi);
        return new ImplantOrigin(implantCase.id(), design.id());
    }

    Optional<Design> find(ImplantCase implantCase, String designVersion) {
        return em.createNamedQuery(Design.BY_VERSION, Design.class)
                .setParameter("implantCase", implantCase)
                .setParameter("designVersion", designVersion)
                .getResultStream()
                .findFirst();
    }

    private static BigDecimal wall(BigDecimal mm) {
        if (mm == null) {
            return null;
        }
        BigDecimal plain = mm.stripTrailingZeros();
        if (plain.signum() <= 0 || plain.compareTo(THICKEST_WALL_MM) > 0 || plain.scale() > 3) {
            throw new InvalidRequestException(
                    "minWall",
                    "The minimum wall is more than 0 and at most 999.999 mm, "
                            + "to the micrometre; not "
                            + mm.toPlainString()
                            + " mm");
        }
        return plain.setScale(3);
    }
}
