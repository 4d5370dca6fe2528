package org.implantdhr.release.control;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.implantdhr.casefile.boundary.CaseFile;
import org.implantdhr.casefile.entity.ApproverRole;
import org.implantdhr.casefile.entity.DesignApproval;
import org.implantdhr.casefile.entity.ImagingStudy;
import org.implantdhr.component.entity.ComponentLot;
import org.implantdhr.finishing.boundary.CleaningOfImplant;
import org.implantdhr.finishing.entity.CleanlinessResult;
import org.implantdhr.nonconformance.boundary.NonconformanceRecord;
import org.implantdhr.powder.entity.PowderBatch;
import org.implantdhr.powder.entity.PowderLot;
import org.implantdhr.rules.facts.Cleaning;
import org.implantdhr.rules.facts.CtScan;
import org.implantdhr.rules.facts.Design;
import org.implantdhr.rules.facts.Disposition;
import org.implantdhr.rules.facts.ESignature;
import org.implantdhr.rules.facts.InspectionResult;
import org.implantdhr.rules.facts.Nonconformance;
import org.implantdhr.rules.facts.NonconformanceStatus;
import org.implantdhr.rules.facts.ParticleSize;
import org.implantdhr.rules.facts.PowderBatchType;
import org.implantdhr.rules.facts.PowderCertificate;
import org.implantdhr.rules.facts.SignatureMeaning;
import org.implantdhr.rules.facts.SignerRole;
import org.implantdhr.rules.facts.SupplierApproval;

/**
 * The smaller records of a DHR as the rules read them: case and design, powder, cleaning, plate
 * lot, NCRs.
 */
public final class RecordFacts {

    private RecordFacts() {}

    public static CtScan ctScan(CaseFile caseFile) {
        return caseFile.latestCt().map(RecordFacts::ctScan).orElse(null);
    }

    private static CtScan ctScan(ImagingStudy s) {
        return new CtScan(s.studyUid(), s.scanDate(), s.sliceThicknessMm(), s.sliceIncrementMm());
    }

    /**
     * {@code buildFileSha256} is the design hash the build was made from. The mesh defect is the
     * STL parser's text naming the open or inconsistently oriented edges; a design recorded before
     * the parser named them (no text, but not closed) is still "not closed".
     */
    public static Design design(CaseFile caseFile, String buildFileSha256) {
        var d = caseFile.design();
        if (d == null) {
            return null;
        }
        String approvedBySurgeon =
                caseFile.approvalBy(ApproverRole.SURGEON)
                        .map(a -> a.signature().signedHash())
                        .orElse(null);
        return new Design(
                caseFile.caseNumber() + "/" + d.designVersion(),
                approvedBySurgeon,
                buildFileSha256,
                d.volumeMm3() == null ? null : d.volumeMm3().movePointLeft(3),
                d.minWallMm(),
                d.maxOuterDimensionMm(),
                caseFile.approvals().stream().map(RecordFacts::signature).toList(),
                d.meshDefect() != null
                        ? d.meshDefect()
                        : d.closedMesh() ? null : "the design mesh is not closed");
    }

    private static ESignature signature(DesignApproval a) {
        var meaning =
                Arrays.stream(SignatureMeaning.values())
                        .filter(m -> m.name().equals(a.signature().meaning().name()))
                        .findFirst()
                        .orElse(null);
        return new ESignature(
                a.signerUsername(),
                a.printedName(),
                a.approverRole() == ApproverRole.SURGEON
                        ? SignerRole.PRESCRIBING_SURGEON
                        : SignerRole.DESIGN_ENGINEER,
                meaning,
                a.signedAt());
    }

    public static org.implantdhr.rules.facts.PowderLot powderLot(PowderLot lot) {
        var supplier = lot.supplier();
        var p = lot.properties();
        return new org.implantdhr.rules.facts.PowderLot(
                lot.lotNumber(),
                supplier.name(),
                lot.receivedOn(),
                new SupplierApproval(
                        supplier.name(), supplier.approvedFrom(), supplier.approvedUntil()),
                lot.certificate() == null
                        ? null
                        : new PowderCertificate(
                                lot.certificate().sha256(),
                                lot.certificateLotNumber(),
                                CertificateChemistry.of(lot.chemistry())),
                p == null
                        ? null
                        : new ParticleSize(p.d10Um(), p.d50Um(), p.d90Um(), p.oversizeWtPct()),
                p == null ? null : p.carneyFlowS(),
                p == null ? null : p.hallFlowS(),
                p == null ? null : p.apparentDensity(),
                lot.createdBy());
    }

    public static org.implantdhr.rules.facts.PowderBatch powderBatch(PowderBatch b) {
        return new org.implantdhr.rules.facts.PowderBatch(
                b.batchNumber(),
                PowderBatchType.valueOf(b.powderType().name()),
                b.virginUsedRatio(),
                b.reuseCount(),
                b.inhouseOxygenWtPct(),
                b.inhouseOxygenWtPct() == null ? null : b.createdBy(),
                b.lots().stream().map(share -> share.lot().lotNumber()).sorted().toList());
    }

    /** The latest cleaning run that has a result for this implant; null when none has. */
    public static Cleaning cleaning(List<CleaningOfImplant> cleanings) {
        return cleanings.stream()
                .filter(c -> c.result() != null)
                .max(Comparator.comparing((CleaningOfImplant c) -> c.run().performedAt()))
                .map(RecordFacts::cleaning)
                .orElse(null);
    }

    private static Cleaning cleaning(CleaningOfImplant c) {
        CleanlinessResult r = c.result();
        return new Cleaning(
                c.run().runNumber(),
                c.run().processId(),
                c.run().processVersion(),
                c.run().cleaningFamily(),
                InspectionResult.valueOf(r.visualResult().name()),
                r.residualParticles() == null ? null : BigDecimal.valueOf(r.residualParticles()),
                r.endotoxinEu(),
                r.tocMg(),
                r.testedBy());
    }

    public static org.implantdhr.rules.facts.ComponentLot componentLot(ComponentLot lot) {
        return new org.implantdhr.rules.facts.ComponentLot(
                lot.supplier(),
                lot.catalogueNumber(),
                lot.lotNumber(),
                lot.conformanceCertificate() == null ? null : lot.conformanceCertificate().sha256(),
                lot.expiryDate(),
                lot.sterile(),
                lot.sterilisationMethod());
    }

    public static Nonconformance nonconformance(NonconformanceRecord n) {
        return new Nonconformance(
                n.number(),
                NonconformanceStatus.valueOf(n.status().name()),
                n.disposition() == null ? null : Disposition.valueOf(n.disposition().name()),
                n.closedBy(),
                n.approval() == null ? null : n.approval().signer());
    }
}
