package org.implantdhr.inspection.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.evidence.control.EvidenceFiles;
import org.implantdhr.evidence.entity.EvidenceFile;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.entity.UserAccount;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.inspection.control.CharacteristicTable;
import org.implantdhr.inspection.control.InspectionResults;
import org.implantdhr.inspection.control.ResultsFiles;
import org.implantdhr.inspection.entity.DimensionalInspection;
import org.implantdhr.inspection.entity.Instrument;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.NotAfterRecording;
import org.implantdhr.platform.control.RecordingClock;

/**
 * Dimensional inspections of finished implants, imported from the instrument's results file (CMM
 * CSV or QIF 3 Results). All or nothing: the file, the inspection and every characteristic, or none
 * of them.
 */
@Stateless
@RolesAllowed({"OPERATOR", "QA", "QA_MANAGER"})
public class DimensionalInspections {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @Inject EvidenceFiles files;

    @Inject CharacteristicTable characteristics;

    @EJB Implants implants;

    @EJB Instruments instruments;

    @Inject NotAfterRecording notAfterRecording;

    /** The inspector is the caller. */
    public InspectionRecord record(InspectionUpload upload) {
        Implant implant = implants.referenced(upload.implantSerial(), "implant");
        Instrument instrument = instruments.referenced(upload.instrumentCode(), "instrument");
        if (upload.format() == null) {
            throw new InvalidRequestException(
                    "format", "The results format is required: CSV or QIF");
        }
        BigDecimal fitPct = checkedPercent(upload.fitSurfaceInTolerancePct());
        Instant now = RecordingClock.now();
        Instant inspectedAt =
                upload.inspectedAt() == null
                        ? now
                        : notAfterRecording.check(upload.inspectedAt(), "inspectedAt");
        InspectionResults results = ResultsFiles.parse(upload.format(), upload.content());

        EvidenceFile file =
                files.store(
                        ResultsFiles.kind(upload.format()), upload.fileName(), upload.content());
        UserAccount inspector = currentUser.account();
        var inspection =
                new DimensionalInspection(
                        implant.id(),
                        instrument,
                        inspector.id(),
                        inspectedAt,
                        upload.format(),
                        file,
                        fitPct,
                        currentUser.username(),
                        now);
        em.persist(inspection);
        em.flush();
        audit.created(inspection);
        characteristics.write(inspection.id(), results);
        return recordOf(inspection, implant.serialNumber());
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<InspectionRecord> ofImplant(String serialNumber) {
        Implant implant = implants.get(serialNumber);
        return inspectionsOf(implant).stream().map(i -> recordOf(i, serialNumber)).toList();
    }

    /**
     * For the release rules: the implant's most recent inspection (by inspection time) with its
     * characteristics, instrument calibration due date, inspector and fit-surface statistic.
     */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public Optional<InspectionRecord> latestOf(String serialNumber) {
        Implant implant = implants.get(serialNumber);
        return inspectionsOf(implant).stream().findFirst().map(i -> recordOf(i, serialNumber));
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public InspectionRecord get(long id) {
        DimensionalInspection inspection = find(id);
        return recordOf(inspection, em.find(Implant.class, inspection.implantId()).serialNumber());
    }

    /** The latest recorded inspections, newest first. */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<InspectionRecord> recent(int limit) {
        return em
                .createQuery(
                        "select i from DimensionalInspection i order by i.createdAt desc, i.id desc",
                        DimensionalInspection.class)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(i -> recordOf(i, em.find(Implant.class, i.implantId()).serialNumber()))
                .toList();
    }

    /** The results file exactly as it was uploaded. */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public EvidenceFile fileOf(long id) {
        return find(id).resultsFile();
    }

    private DimensionalInspection find(long id) {
        DimensionalInspection inspection = em.find(DimensionalInspection.class, id);
        if (inspection == null) {
            throw new NoSuchRecordException("Dimensional inspection", id);
        }
        return inspection;
    }

    private List<DimensionalInspection> inspectionsOf(Implant implant) {
        return em.createNamedQuery(DimensionalInspection.OF_IMPLANT, DimensionalInspection.class)
                .setParameter("implantId", implant.id())
                .getResultList();
    }

    private InspectionRecord recordOf(DimensionalInspection i, String serialNumber) {
        UserAccount inspector = em.find(UserAccount.class, i.inspectorId());
        Instrument instrument = i.instrument();
        EvidenceFile file = i.resultsFile();
        return new InspectionRecord(
                i.id(),
                serialNumber,
                instrument.code(),
                instrument.type(),
                instrument.calibrationDue(),
                inspector.username(),
                inspector.fullName(),
                i.inspectedAt(),
                i.resultsFormat(),
                file.id(),
                file.fileName(),
                file.sha256(),
                i.fitSurfaceInTolerancePct(),
                characteristics.read(i.id()));
    }

    private static BigDecimal checkedPercent(BigDecimal pct) {
        if (pct == null) {
            return null;
        }
        if (pct.signum() < 0 || pct.compareTo(HUNDRED) > 0) {
            throw new InvalidRequestException(
                    "fitSurfaceInTolerancePct",
                    "The fit-surface statistic is a percentage from 0 to 100");
        }
        if (pct.stripTrailingZeros().scale() > 2) {
            throw new InvalidRequestException(
                    "fitSurfaceInTolerancePct",
                    "The fit-surface statistic has at most two decimal places");
        }
        return pct.setScale(2);
    }
}
