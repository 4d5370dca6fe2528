package org.implantdhr.casefile.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.implantdhr.casefile.entity.ApproverRole;
import org.implantdhr.casefile.entity.Design;
import org.implantdhr.casefile.entity.DesignApproval;
import org.implantdhr.casefile.entity.ImagingStudy;
import org.implantdhr.casefile.entity.ImplantCase;

/**
 * What the case file says about one implant, for the release rules (IMG-*, DES-*, CMP-EXPIRY): the
 * case, its CT studies and the design the implant is made from (absent when none is named yet).
 */
public record CaseFile(ImplantCase implantCase, List<ImagingStudy> imaging, Design design) {

    public String caseNumber() {
        return implantCase.caseNumber();
    }

    public LocalDate plannedSurgeryDate() {
        return implantCase.plannedSurgeryDate();
    }

    /**
     * The most recent CT (the one the design was segmented from is the latest before the design).
     */
    public Optional<ImagingStudy> latestCt() {
        return imaging.stream().max(Comparator.comparing(ImagingStudy::scanDate));
    }

    public Optional<BigDecimal> sliceThicknessMm() {
        return latestCt().map(ImagingStudy::sliceThicknessMm);
    }

    public Optional<BigDecimal> sliceIncrementMm() {
        return latestCt().map(ImagingStudy::sliceIncrementMm);
    }

    public Optional<LocalDate> ctScanDate() {
        return latestCt().map(ImagingStudy::scanDate);
    }

    public Optional<String> designSha256() {
        return Optional.ofNullable(design).map(Design::sha256);
    }

    public Optional<BigDecimal> designVolumeMm3() {
        return Optional.ofNullable(design).map(Design::volumeMm3);
    }

    public Optional<BigDecimal> minWallMm() {
        return Optional.ofNullable(design).map(Design::minWallMm);
    }

    public Optional<BigDecimal> maxOuterDimensionMm() {
        return Optional.ofNullable(design).map(Design::maxOuterDimensionMm);
    }

    /** The approvals of the design, each with who signed, when (UTC and zone) and the meaning. */
    public List<DesignApproval> approvals() {
        return design == null ? List.of() : design.approvals();
    }

    public Optional<DesignApproval> approvalBy(ApproverRole role) {
        return design == null ? Optional.empty() : design.approvalBy(role);
    }
}
