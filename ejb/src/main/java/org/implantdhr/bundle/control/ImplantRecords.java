package org.implantdhr.bundle.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.implantdhr.audit.entity.AuditEntry;
import org.implantdhr.implant.entity.Implant;

/**
 * Which stored records make up one implant's device history — the raw files behind it, its
 * certificates and every record whose audit trail belongs in its evidence bundle — each answered by
 * one query across the components' tables. Contents of files are read one at a time, never with the
 * list.
 */
@Dependent
public class ImplantRecords {

    /**
     * Parameters: ?1 implant, ?2 build, ?3 heat-treatment run, ?4 separation-plate lot, ?5 design,
     * ?6 case (-1 for a step not recorded yet).
     */
    private static final String FILE_IDS =
            "SELECT file_id FROM design WHERE id = ?5"
                    + " UNION SELECT log_file_id FROM build WHERE id = ?2"
                    + " UNION SELECT chart_file_id FROM heat_treatment_run WHERE id = ?3"
                    + " UNION SELECT results_file_id FROM dimensional_inspection WHERE implant_id = ?1"
                    + " UNION SELECT conformance_file_id FROM component_lot WHERE id = ?4"
                    + " UNION SELECT r.report_file_id FROM coupon_result r JOIN coupon c ON c.id = r.coupon_id WHERE c.build_id = ?2"
                    + " UNION SELECT l.certificate_file_id FROM powder_lot l JOIN powder_batch_lot bl ON bl.lot_id = l.id"
                    + "   JOIN build b ON b.powder_batch_id = bl.batch_id WHERE b.id = ?2";

    private static final String FILES =
            "SELECT f.id, f.kind, f.file_name, f.media_type, f.size_bytes, f.sha256,"
                    + " f.uploaded_by, f.uploaded_at FROM evidence_file f WHERE f.id IN ("
                    + FILE_IDS
                    + ") ORDER BY f.id";

    /**
     * Every record of the history as (record type, id), the audit trail's own names for them;
     * parameters as {@link #bind}.
     */
    public static final String RECORDS =
            "SELECT 'Implant', id FROM implant WHERE id = ?1"
                    + " UNION SELECT 'ImplantCase', id FROM implant_case WHERE id = ?6"
                    + " UNION SELECT 'ImagingStudy', id FROM imaging_study WHERE case_id = ?6"
                    + " UNION SELECT 'Design', id FROM design WHERE id = ?5"
                    + " UNION SELECT 'ElectronicSignature', signature_id FROM design_approval WHERE design_id = ?5"
                    + " UNION SELECT 'Build', id FROM build WHERE id = ?2"
                    + " UNION SELECT 'BuildEvent', id FROM build_event WHERE build_id = ?2"
                    + " UNION SELECT 'Coupon', id FROM coupon WHERE build_id = ?2"
                    + " UNION SELECT 'CouponResult', r.id FROM coupon_result r JOIN coupon c ON c.id = r.coupon_id WHERE c.build_id = ?2"
                    + " UNION SELECT 'PowderBatch', powder_batch_id FROM build WHERE id = ?2"
                    + " UNION SELECT 'PowderLot', bl.lot_id FROM powder_batch_lot bl JOIN build b ON b.powder_batch_id = bl.batch_id"
                    + "   WHERE b.id = ?2"
                    + " UNION SELECT 'HeatTreatmentRun', id FROM heat_treatment_run WHERE id = ?3"
                    + " UNION SELECT 'ProcessOperation', id FROM process_operation WHERE implant_id = ?1"
                    + " UNION SELECT 'CleaningRun', cleaning_run_id FROM cleaning_run_implant WHERE implant_id = ?1"
                    + " UNION SELECT 'CleanlinessResult', id FROM cleanliness_result WHERE implant_id = ?1"
                    + " UNION SELECT 'DimensionalInspection', id FROM dimensional_inspection WHERE implant_id = ?1"
                    + " UNION SELECT 'ComponentLot', id FROM component_lot WHERE id = ?4"
                    + " UNION SELECT 'Nonconformance', id FROM nonconformance WHERE implant_id = ?1"
                    + " UNION SELECT 'ReleaseEvaluation', id FROM release_evaluation WHERE implant_id = ?1"
                    + " UNION SELECT 'WarningAcknowledgement', a.id FROM warning_acknowledgement a"
                    + "   JOIN release_finding f ON f.id = a.finding_id JOIN release_evaluation e ON e.id = f.evaluation_id"
                    + "   WHERE e.implant_id = ?1"
                    + " UNION SELECT 'ReleaseDecision', id FROM release_decision WHERE implant_id = ?1"
                    + " UNION SELECT 'ElectronicSignature', signature_id FROM release_decision WHERE implant_id = ?1"
                    + "   AND signature_id IS NOT NULL"
                    + " UNION SELECT 'ReleaseCertificate', id FROM release_certificate WHERE implant_id = ?1"
                    + " UNION SELECT 'Recall', recall_id FROM recall_implant WHERE implant_id = ?1"
                    + " UNION SELECT 'Implantation', id FROM implantation WHERE implant_id = ?1"
                    + " UNION SELECT 'Explantation', x.id FROM explantation x JOIN implantation m"
                    + "   ON m.id = x.implantation_id WHERE m.implant_id = ?1"
                    + " UNION SELECT 'FollowUp', f.id FROM follow_up f JOIN implantation m"
                    + "   ON m.id = f.implantation_id WHERE m.implant_id = ?1"
                    + " UNION SELECT 'ScheduledVisit', s.id FROM scheduled_visit s JOIN follow_up f"
                    + "   ON f.id = s.follow_up_id JOIN implantation m ON m.id = f.implantation_id"
                    + "   WHERE m.implant_id = ?1"
                    + " UNION SELECT 'FollowUpVisit', v.id FROM follow_up_visit v JOIN implantation m"
                    + "   ON m.id = v.implantation_id WHERE m.implant_id = ?1"
                    + " UNION SELECT 'AdverseEvent', a.id FROM adverse_event a JOIN implantation m"
                    + "   ON m.id = a.implantation_id WHERE m.implant_id = ?1"
                    + " UNION SELECT 'EvidenceFile', id FROM evidence_file WHERE id IN ("
                    + FILE_IDS
                    + ")";

    /** A raw file as stored, without its content. */
    public record StoredFile(
            long id,
            String kind,
            String fileName,
            String mediaType,
            long sizeBytes,
            String sha256,
            String uploadedBy,
            Instant uploadedAt) {}

    /** A certificate as issued, without its PDF. */
    public record IssuedCertificate(
            long id, String certificateNumber, String status, String sha256, Instant issuedAt) {}

    @PersistenceContext EntityManager em;

    public List<StoredFile> files(Implant implant) {
        return rows(FILES, implant).stream()
                .map(
                        r ->
                                new StoredFile(
                                        number(r[0]),
                                        (String) r[1],
                                        (String) r[2],
                                        (String) r[3],
                                        number(r[4]),
                                        (String) r[5],
                                        (String) r[6],
                                        instant(r[7])))
                .toList();
    }

    /**
     * The content of one file, read on its own (not through the entity, so that it stays in no
     * context).
     */
    public byte[] content(StoredFile file) {
        return (byte[])
                em.createNativeQuery("SELECT content FROM evidence_file WHERE id = ?1")
                        .setParameter(1, file.id())
                        .getSingleResult();
    }

    public List<IssuedCertificate> certificates(Implant implant) {
        List<?> rows =
                em.createNativeQuery(
                                "SELECT id, certificate_number, status, sha256, issued_at"
                                        + " FROM release_certificate WHERE implant_id = ?1 ORDER BY issued_at, id")
                        .setParameter(1, implant.id())
                        .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(
                        r ->
                                new IssuedCertificate(
                                        number(r[0]),
                                        (String) r[1],
                                        (String) r[2],
                                        (String) r[3],
                                        instant(r[4])))
                .toList();
    }

    public byte[] pdf(IssuedCertificate certificate) {
        return (byte[])
                em.createNativeQuery("SELECT pdf FROM release_certificate WHERE id = ?1")
                        .setParameter(1, certificate.id())
                        .getSingleResult();
    }

    /** The audit entries of every record of the history, in the order of the chain. */
    @SuppressWarnings("unchecked")
    public List<AuditEntry> auditEntries(Implant implant) {
        var query =
                em.createNativeQuery(
                        "SELECT a.* FROM audit_entry a JOIN ("
                                + RECORDS
                                + ") r (record_type, record_id)"
                                + " ON r.record_type = a.record_type AND r.record_id = a.record_id ORDER BY a.seq",
                        AuditEntry.class);
        bind(query, implant);
        return query.getResultList();
    }

    private List<Object[]> rows(String sql, Implant implant) {
        var query = em.createNativeQuery(sql);
        bind(query, implant);
        List<?> rows = query.getResultList();
        return rows.stream().map(Object[].class::cast).toList();
    }

    /**
     * Binds ?1 to ?6 of {@link #RECORDS} to the implant's records (-1 for a step not recorded yet).
     */
    public static void bind(jakarta.persistence.Query query, Implant implant) {
        query.setParameter(1, implant.id())
                .setParameter(2, idOrNone(implant.buildId()))
                .setParameter(3, idOrNone(implant.heatTreatmentRunId()))
                .setParameter(4, idOrNone(implant.componentLotId()))
                .setParameter(5, idOrNone(implant.designId()))
                .setParameter(6, implant.caseId());
    }

    private static long idOrNone(Long id) {
        return id == null ? -1L : id;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return Instant.parse(value.toString());
    }
}
