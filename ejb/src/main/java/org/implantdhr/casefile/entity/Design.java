package org.implantdhr.casefile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.implantdhr.casefile.control.DesignUnit;
import org.implantdhr.casefile.control.StlMesh;
import org.implantdhr.evidence.entity.EvidenceFile;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * One version of a case's design: the STL file as the engineer produced it, its SHA-256 (to which
 * approvals and the build file are bound), and what the mesh measures in millimetres. The file is
 * never replaced: a changed design is a new version.
 */
@Entity
@Table(name = "design")
@NamedQuery(
        name = Design.BY_VERSION,
        query =
                "select d from Design d where d.implantCase = :implantCase and d.designVersion = :designVersion")
@NamedQuery(
        name = Design.OF_CASE,
        query = "select d from Design d where d.implantCase = :implantCase order by d.id")
public class Design extends Recorded implements Audited {

    public static final String BY_VERSION = "Design.byVersion";
    public static final String OF_CASE = "Design.ofCase";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private ImplantCase implantCase;

    @Column(name = "design_version", nullable = false, updatable = false)
    private String designVersion;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id", updatable = false)
    private EvidenceFile file;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "declared_unit", nullable = false, updatable = false)
    private DesignUnit declaredUnit;

    @Column(name = "triangle_count", nullable = false, updatable = false)
    private int triangleCount;

    @Column(name = "volume_mm3", nullable = false, updatable = false)
    private BigDecimal volumeMm3;

    @Column(name = "surface_area_mm2", nullable = false, updatable = false)
    private BigDecimal surfaceAreaMm2;

    @Column(name = "size_x_mm", nullable = false, updatable = false)
    private BigDecimal sizeXMm;

    @Column(name = "size_y_mm", nullable = false, updatable = false)
    private BigDecimal sizeYMm;

    @Column(name = "size_z_mm", nullable = false, updatable = false)
    private BigDecimal sizeZMm;

    @Column(name = "closed_mesh", nullable = false, updatable = false)
    private boolean closedMesh;

    /**
     * Null for a closed, consistently oriented mesh; otherwise what is wrong with it (see {@link
     * StlMesh#defect()}).
     */
    @Column(name = "mesh_defect", length = StlMesh.MAX_DEFECT_LENGTH, updatable = false)
    private String meshDefect;

    @Column(name = "min_wall_mm")
    private BigDecimal minWallMm;

    @OneToMany(mappedBy = "design")
    @OrderBy("id")
    private List<DesignApproval> approvals = new ArrayList<>();

    protected Design() {}

    public Design(
            ImplantCase implantCase,
            String designVersion,
            EvidenceFile file,
            StlMesh mesh,
            String user,
            Instant at) {
        this.implantCase = implantCase;
        this.designVersion = designVersion;
        this.file = file;
        this.sha256 = file.sha256();
        this.declaredUnit = mesh.declaredUnit();
        this.triangleCount = mesh.triangleCount();
        this.volumeMm3 = mesh.volumeMm3().setScale(3, RoundingMode.HALF_EVEN);
        this.surfaceAreaMm2 = micrometres(mesh.surfaceAreaMm2());
        this.sizeXMm = micrometres(mesh.boundingBoxMm().sizeX());
        this.sizeYMm = micrometres(mesh.boundingBoxMm().sizeY());
        this.sizeZMm = micrometres(mesh.boundingBoxMm().sizeZ());
        this.closedMesh = mesh.closed();
        this.meshDefect = mesh.defect();
        recordCreation(user, at);
    }

    /**
     * The columns keep three decimals; rounding here makes the value read back equal the value
     * audited.
     */
    private static BigDecimal micrometres(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN);
    }

    /**
     * The thinnest wall or strut, from the engineer's CAD wall-thickness analysis (an STL does not
     * say).
     */
    public void recordMinWall(BigDecimal minWallMm) {
        this.minWallMm = minWallMm;
    }

    void approvedBy(DesignApproval approval) {
        approvals.add(approval);
    }

    public Optional<DesignApproval> approvalBy(ApproverRole role) {
        return approvals.stream().filter(a -> a.approverRole() == role).findFirst();
    }

    /** The largest edge of the bounding box: what must fit the envelope (DES-ENVELOPE). */
    public BigDecimal maxOuterDimensionMm() {
        return Stream.of(sizeXMm, sizeYMm, sizeZMm).max(BigDecimal::compareTo).orElseThrow();
    }

    @Override
    public String recordType() {
        return "Design";
    }

    @Override
    public String label() {
        return implantCase.caseNumber() + " design " + designVersion;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("case", implantCase.caseNumber());
        state.put("designVersion", designVersion);
        state.put("fileName", file.fileName());
        state.put("sha256", sha256);
        state.put("declaredUnit", declaredUnit);
        state.put("triangleCount", triangleCount);
        state.put("volumeMm3", volumeMm3);
        state.put("surfaceAreaMm2", surfaceAreaMm2);
        state.put("sizeXMm", sizeXMm);
        state.put("sizeYMm", sizeYMm);
        state.put("sizeZMm", sizeZMm);
        state.put("closedMesh", closedMesh);
        state.put("meshDefect", meshDefect);
        state.put("minWallMm", minWallMm);
        return state;
    }

    public ImplantCase implantCase() {
        return implantCase;
    }

    public String designVersion() {
        return designVersion;
    }

    public EvidenceFile file() {
        return file;
    }

    public String sha256() {
        return sha256;
    }

    public DesignUnit declaredUnit() {
        return declaredUnit;
    }

    public int triangleCount() {
        return triangleCount;
    }

    public BigDecimal volumeMm3() {
        return volumeMm3;
    }

    public BigDecimal surfaceAreaMm2() {
        return surfaceAreaMm2;
    }

    public BigDecimal sizeXMm() {
        return sizeXMm;
    }

    public BigDecimal sizeYMm() {
        return sizeYMm;
    }

    public BigDecimal sizeZMm() {
        return sizeZMm;
    }

    public boolean closedMesh() {
        return closedMesh;
    }

    /**
     * Null when the mesh is closed and consistently oriented; then, and only then, its volume is a
     * volume.
     */
    public String meshDefect() {
        return meshDefect;
    }

    public BigDecimal minWallMm() {
        return minWallMm;
    }

    public List<DesignApproval> approvals() {
        return List.copyOf(approvals);
    }
}
