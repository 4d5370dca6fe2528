package org.implantdhr.evidence.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.implantdhr.platform.control.NoSuchRecordException;

/**
 * Every raw file an implant's record rests on, step by step: one indexed query per kind of record
 * that keeps a file, the bytes left in the database until someone downloads one through {@link
 * EvidenceArchive}.
 */
@Stateless
@RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "ADMIN"})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class EvidenceOfImplant {

    private static final String COLUMNS =
            "f.id, f.file_name, f.media_type, f.size_bytes, f.sha256, f.uploaded_by";

    /**
     * The kinds of record that keep a file, in the order of the process; each query takes the
     * implant id and names the record by the key the backward trace names it by.
     */
    enum FileQuery {
        DESIGN(
                "design",
                "select d.design_version, "
                        + COLUMNS
                        + " from implant i "
                        + "join design d on d.id = i.design_id join evidence_file f on f.id = d.file_id where i.id = ?1"),
        POWDER_LOT(
                "powder lot",
                "select l.lot_number, "
                        + COLUMNS
                        + " from implant i "
                        + "join build b on b.id = i.build_id join powder_batch_lot bl on bl.batch_id = b.powder_batch_id "
                        + "join powder_lot l on l.id = bl.lot_id join evidence_file f on f.id = l.certificate_file_id "
                        + "where i.id = ?1 order by l.lot_number"),
        BUILD(
                "build",
                "select b.build_number, "
                        + COLUMNS
                        + " from implant i "
                        + "join build b on b.id = i.build_id join evidence_file f on f.id = b.log_file_id where i.id = ?1"),
        COUPON(
                "coupon",
                "select c.coupon_code, "
                        + COLUMNS
                        + " from implant i "
                        + "join coupon c on c.build_id = i.build_id join coupon_result r on r.coupon_id = c.id "
                        + "join evidence_file f on f.id = r.report_file_id where i.id = ?1 order by c.coupon_code, r.id"),
        HEAT_TREATMENT_RUN(
                "heat-treatment run",
                "select r.run_number, "
                        + COLUMNS
                        + " from implant i join heat_treatment_run r on r.id = i.heat_treatment_run_id "
                        + "join evidence_file f on f.id = r.chart_file_id where i.id = ?1"),
        COMPONENT_LOT(
                "separation-plate lot",
                "select c.lot_number, "
                        + COLUMNS
                        + " from implant i join component_lot c on c.id = i.component_lot_id "
                        + "join evidence_file f on f.id = c.conformance_file_id where i.id = ?1"),
        INSPECTION(
                "dimensional inspection",
                "select 'inspection ' || d.id, "
                        + COLUMNS
                        + " from dimensional_inspection d join evidence_file f on f.id = d.results_file_id "
                        + "where d.implant_id = ?1 order by d.inspected_at, d.id");

        private final String step;
        private final String sql;

        FileQuery(String step, String sql) {
            this.step = step;
            this.sql = sql;
        }
    }

    @PersistenceContext EntityManager em;

    public List<RecordFile> of(String serialNumber) {
        List<?> ids =
                em.createNativeQuery("select id from implant where serial_number = ?1")
                        .setParameter(1, serialNumber)
                        .getResultList();
        if (ids.isEmpty()) {
            throw new NoSuchRecordException("Implant", serialNumber);
        }
        long implantId = ((Number) ids.get(0)).longValue();
        var files = new ArrayList<RecordFile>();
        for (FileQuery query : FileQuery.values()) {
            for (Object row :
                    em.createNativeQuery(query.sql).setParameter(1, implantId).getResultList()) {
                Object[] r = (Object[]) row;
                files.add(
                        new RecordFile(
                                query.step,
                                (String) r[0],
                                ((Number) r[1]).longValue(),
                                (String) r[2],
                                (String) r[3],
                                ((Number) r[4]).longValue(),
                                (String) r[5],
                                (String) r[6]));
            }
        }
        return files;
    }
}
