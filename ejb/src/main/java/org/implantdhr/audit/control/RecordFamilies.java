package org.implantdhr.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The records that belong to a record people name by its number — a build and its logged events,
 * coupons, coupon results and build log; a powder lot or a separation-plate lot and its certificate
 * — as (record type, id) pairs in the audit trail's own names, so that a search for the number
 * finds their entries too. (An implant's whole history: ImplantRecords.RECORDS.)
 */
@Dependent
public class RecordFamilies {

    /** A family: whether a label names its head, and its records; ?1 is the label. */
    private record Family(String exists, String records) {}

    private static final List<Family> FAMILIES =
            List.of(
                    new Family(
                            "SELECT COUNT(*) FROM build WHERE build_number = ?1",
                            "SELECT 'Build', b.id FROM build b WHERE b.build_number = ?1"
                                    + " UNION SELECT 'BuildEvent', e.id FROM build_event e"
                                    + "   JOIN build b ON b.id = e.build_id WHERE b.build_number = ?1"
                                    + " UNION SELECT 'Coupon', c.id FROM coupon c"
                                    + "   JOIN build b ON b.id = c.build_id WHERE b.build_number = ?1"
                                    + " UNION SELECT 'CouponResult', r.id FROM coupon_result r"
                                    + "   JOIN coupon c ON c.id = r.coupon_id JOIN build b ON b.id = c.build_id"
                                    + "   WHERE b.build_number = ?1"
                                    + " UNION SELECT 'EvidenceFile', b.log_file_id FROM build b"
                                    + "   WHERE b.build_number = ?1 AND b.log_file_id IS NOT NULL"),
                    new Family(
                            "SELECT COUNT(*) FROM powder_lot WHERE lot_number = ?1",
                            "SELECT 'PowderLot', l.id FROM powder_lot l WHERE l.lot_number = ?1"
                                    + " UNION SELECT 'EvidenceFile', l.certificate_file_id FROM powder_lot l"
                                    + "   WHERE l.lot_number = ?1 AND l.certificate_file_id IS NOT NULL"),
                    new Family(
                            "SELECT COUNT(*) FROM component_lot WHERE lot_number = ?1",
                            "SELECT 'ComponentLot', c.id FROM component_lot c WHERE c.lot_number = ?1"
                                    + " UNION SELECT 'EvidenceFile', c.conformance_file_id FROM component_lot c"
                                    + "   WHERE c.lot_number = ?1 AND c.conformance_file_id IS NOT NULL"));

    @PersistenceContext EntityManager em;

    /** The records SQL (?1 the label) of the family the label names, if it names one. */
    public Optional<String> of(String label) {
        for (Family family : FAMILIES) {
            Number found =
                    (Number)
                            em.createNativeQuery(family.exists())
                                    .setParameter(1, label)
                                    .getSingleResult();
            if (found.longValue() > 0) {
                return Optional.of(family.records());
            }
        }
        return Optional.empty();
    }
}
