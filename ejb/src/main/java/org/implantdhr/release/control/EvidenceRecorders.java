package org.implantdhr.release.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import org.implantdhr.implant.entity.Implant;

/**
 * Everyone who recorded production, design or inspection evidence of one implant (REC-FOUR-EYES):
 * the creators of every record it is made from, the people those records name as operator,
 * programmer, inspector or disposition author, the uploaders of their files, and whoever changed
 * the implant record itself (its status excepted, which the release flow sets). Read in one query
 * across the components' tables.
 */
@Dependent
public class EvidenceRecorders {

    private static final String FILES =
            "(SELECT file_id FROM design WHERE id = ?5"
                    + " UNION SELECT log_file_id FROM build WHERE id = ?2"
                    + " UNION SELECT chart_file_id FROM heat_treatment_run WHERE id = ?3"
                    + " UNION SELECT results_file_id FROM dimensional_inspection WHERE implant_id = ?1"
                    + " UNION SELECT conformance_file_id FROM component_lot WHERE id = ?4"
                    + " UNION SELECT r.report_file_id FROM coupon_result r JOIN coupon c ON c.id = r.coupon_id WHERE c.build_id = ?2"
                    + " UNION SELECT l.certificate_file_id FROM powder_lot l JOIN powder_batch_lot bl ON bl.lot_id = l.id"
                    + " JOIN build b ON b.powder_batch_id = bl.batch_id WHERE b.id = ?2)";

    private static final String RECORDERS =
            "SELECT created_by FROM implant WHERE id = ?1"
                    + " UNION SELECT actor FROM audit_entry WHERE record_type = 'Implant' AND record_id = ?1"
                    + "   AND action IN ('CREATE', 'UPDATE') AND (field_name IS NULL OR field_name <> 'status')"
                    + " UNION SELECT created_by FROM design WHERE id = ?5"
                    + " UNION SELECT created_by FROM imaging_study WHERE case_id = ?6"
                    + " UNION SELECT created_by FROM build WHERE id = ?2"
                    + " UNION SELECT u.username FROM build b JOIN app_user u ON u.id = b.operator_id OR u.id = b.programmer_id WHERE b.id = ?2"
                    + " UNION SELECT dispositioned_by FROM build_event WHERE build_id = ?2 AND dispositioned_by IS NOT NULL"
                    + " UNION SELECT created_by FROM coupon WHERE build_id = ?2"
                    + " UNION SELECT r.created_by FROM coupon_result r JOIN coupon c ON c.id = r.coupon_id WHERE c.build_id = ?2"
                    + " UNION SELECT p.created_by FROM powder_batch p JOIN build b ON b.powder_batch_id = p.id WHERE b.id = ?2"
                    + " UNION SELECT l.created_by FROM powder_lot l JOIN powder_batch_lot bl ON bl.lot_id = l.id"
                    + "   JOIN build b ON b.powder_batch_id = bl.batch_id WHERE b.id = ?2"
                    + " UNION SELECT created_by FROM heat_treatment_run WHERE id = ?3"
                    + " UNION SELECT u.username FROM heat_treatment_run r JOIN app_user u ON u.id = r.operator_id WHERE r.id = ?3"
                    + " UNION SELECT created_by FROM process_operation WHERE implant_id = ?1"
                    + " UNION SELECT u.username FROM process_operation o JOIN app_user u ON u.id = o.operator_id WHERE o.implant_id = ?1"
                    + " UNION SELECT r.created_by FROM cleaning_run r JOIN cleaning_run_implant ci ON ci.cleaning_run_id = r.id"
                    + "   WHERE ci.implant_id = ?1"
                    + " UNION SELECT u.username FROM cleaning_run r JOIN cleaning_run_implant ci ON ci.cleaning_run_id = r.id"
                    + "   JOIN app_user u ON u.id = r.operator_id WHERE ci.implant_id = ?1"
                    + " UNION SELECT created_by FROM cleanliness_result WHERE implant_id = ?1"
                    + " UNION SELECT created_by FROM dimensional_inspection WHERE implant_id = ?1"
                    + " UNION SELECT u.username FROM dimensional_inspection d JOIN app_user u ON u.id = d.inspector_id"
                    + "   WHERE d.implant_id = ?1"
                    + " UNION SELECT created_by FROM component_lot WHERE id = ?4"
                    + " UNION SELECT uploaded_by FROM evidence_file WHERE id IN "
                    + FILES;

    @PersistenceContext EntityManager em;

    /** Sorted, without duplicates. */
    public List<String> of(Implant implant) {
        List<?> rows =
                em.createNativeQuery(RECORDERS)
                        .setParameter(1, implant.id())
                        .setParameter(2, idOrNone(implant.buildId()))
                        .setParameter(3, idOrNone(implant.heatTreatmentRunId()))
                        .setParameter(4, idOrNone(implant.componentLotId()))
                        .setParameter(5, idOrNone(implant.designId()))
                        .setParameter(6, implant.caseId())
                        .getResultList();
        return rows.stream()
                .filter(Objects::nonNull)
                .map(Object::toString)
                .distinct()
                .sorted()
                .toList();
    }

    private static long idOrNone(Long id) {
        return id == null ? -1L : id;
    }
}
