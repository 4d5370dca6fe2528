package org.implantdhr.trace.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.build.entity.PlatePosition;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;

/**
 * Traceability answered by the database: backward from an implant to every lot, run, instrument and
 * person it was made with, and forward from a lot, machine, run or instrument to every implant and
 * case it reached. Each question is a handful of indexed joins; nothing is loaded to be filtered in
 * Java.
 */
@Stateless
@RolesAllowed({"ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Traces {

    /** What a forward trace can start from, and the SQL that reaches the implants from it. */
    public enum Origin {
        POWDER_LOT(
                """
                select distinct i.id, 'powder lot ' || l.lot_number || ' > batch ' || pb.batch_number || ' > build ' || b.build_number
                from powder_lot l join powder_batch_lot bl on bl.lot_id = l.id join powder_batch pb on pb.id = bl.batch_id
                join build b on b.powder_batch_id = pb.id join implant i on i.build_id = b.id where l.lot_number = ?1""",
                "powder lot",
                "select count(*) from powder_lot where lot_number = ?1"),
        POWDER_BATCH(
                """
                select distinct i.id, 'powder batch ' || pb.batch_number || ' > build ' || b.build_number
                from powder_batch pb join build b on b.powder_batch_id = pb.id join implant i on i.build_id = b.id
                where pb.batch_number = ?1""",
                "powder batch",
                "select count(*) from powder_batch where batch_number = ?1"),
        BUILD(
                """
                select i.id, 'build ' || b.build_number from build b join implant i on i.build_id = b.id
                where b.build_number = ?1""",
                "build",
                "select count(*) from build where build_number = ?1"),
        MACHINE(
                """
                select i.id, 'machine ' || m.asset_id || ' > build ' || b.build_number
                from machine m join build b on b.machine_id = m.id join implant i on i.build_id = b.id where m.asset_id = ?1""",
                "machine",
                "select count(*) from machine where asset_id = ?1"),
        HEAT_TREATMENT_RUN(
                """
                select i.id, 'heat-treatment run ' || r.run_number from heat_treatment_run r
                join implant i on i.heat_treatment_run_id = r.id where r.run_number = ?1""",
                "heat-treatment run",
                "select count(*) from heat_treatment_run where run_number = ?1"),
        FURNACE(
                """
                select i.id, 'furnace ' || f.furnace_code || ' > run ' || r.run_number from furnace f
                join heat_treatment_run r on r.furnace_id = f.id join implant i on i.heat_treatment_run_id = r.id
                where f.furnace_code = ?1""",
                "furnace",
                "select count(*) from furnace where furnace_code = ?1"),
        COMPONENT_LOT(
                """
                select i.id, 'separation-plate lot ' || c.lot_number || ' (' || c.supplier || ')' from component_lot c
                join implant i on i.component_lot_id = c.id where c.lot_number = ?1""",
                "separation-plate lot",
                "select count(*) from component_lot where lot_number = ?1"),
        INSTRUMENT(
                """
                select distinct i.id, 'instrument ' || ins.instrument_code from instrument ins
                join dimensional_inspection d on d.instrument_id = ins.id join implant i on i.id = d.implant_id
                where ins.instrument_code = ?1""",
                "instrument",
                "select count(*) from instrument where instrument_code = ?1"),
        /** A design by the SHA-256 of its file: every implant made from that very design. */
        DESIGN(
                """
                select i.id, 'design ' || d.design_version || ' of case ' || c.case_number from design d
                join implant_case c on c.id = d.case_id join implant i on i.design_id = d.id where d.sha256 = ?1""",
                "design",
                "select count(*) from design where sha256 = ?1"),
        CLEANING_RUN(
                """
                select i.id, 'cleaning run ' || r.run_number from cleaning_run r
                join cleaning_run_implant c on c.cleaning_run_id = r.id join implant i on i.id = c.implant_id
                where r.run_number = ?1""",
                "cleaning run",
                "select count(*) from cleaning_run where run_number = ?1");

        private final String sql;
        private final String kind;
        private final String exists;

        /**
         * The SQL to the implants, the kind of record as people name it, the SQL that counts it.
         */
        Origin(String sql, String kind, String exists) {
            this.sql = sql;
            this.kind = kind;
            this.exists = exists;
        }
    }

    @PersistenceContext EntityManager em;

    /**
     * Every implant (and its case) that the given lot, batch, build, machine, run, furnace or
     * instrument reached.
     */
    public List<AffectedImplant> forward(Origin origin, String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidRequestException(
                    "key",
                    "Name the " + origin.name().toLowerCase().replace('_', ' ') + " to trace from");
        }
        List<Object[]> reached = rows(origin.sql, key);
        if (reached.isEmpty()) {
            // a key that names nothing is not an all-clear: a typing error must not look like one
            Number found =
                    (Number)
                            em.createNativeQuery(origin.exists)
                                    .setParameter(1, key)
                                    .getSingleResult();
            if (found.longValue() == 0) {
                throw new NoSuchRecordException(origin.kind, key);
            }
            return List.of();
        }
        var via = new LinkedHashMap<Long, String>();
        reached.forEach(r -> via.merge(((Number) r[0]).longValue(), (String) r[1], (a, b) -> a));
        var affected = new ArrayList<AffectedImplant>();
        for (Object[] r : implantsWithCases(via.keySet())) {
            affected.add(
                    new AffectedImplant(
                            (String) r[1],
                            (String) r[2],
                            (String) r[3],
                            (String) r[4],
                            (String) r[5],
                            via.get(((Number) r[0]).longValue()),
                            r[6] == null
                                    ? null
                                    : PlatePosition.text(
                                            BackwardQuery.decimal(r[7]),
                                            BackwardQuery.decimal(r[8]),
                                            (String) r[9])));
        }
        return affected;
    }

    /** Everything the implant was made from and by, grouped by kind of record. */
    public List<TraceLink> backward(String serialNumber) {
        List<Object[]> found =
                rows("select id from implant where serial_number = ?1", serialNumber);
        if (found.isEmpty()) {
            throw new NoSuchRecordException("Implant", serialNumber);
        }
        long implantId = ((Number) found.get(0)[0]).longValue();
        var links = new ArrayList<TraceLink>();
        for (BackwardQuery query : BackwardQuery.values()) {
            for (Object[] row : rows(query.sql, implantId)) {
                links.add(query.link(row));
            }
        }
        return links;
    }

    private List<Object[]> implantsWithCases(java.util.Collection<Long> ids) {
        var params = String.join(",", ids.stream().map(String::valueOf).toList());
        return rows(
                """
                select i.id, i.serial_number, i.status, c.case_number, c.hospital, u.full_name,
                i.build_id, i.plate_x_mm, i.plate_y_mm, i.plate_label
                from implant i join implant_case c on c.id = i.case_id join app_user u on u.id = c.surgeon_id
                where i.id in (%s) order by i.serial_number"""
                        .formatted(params));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<?> result = query.getResultList();
        return result.stream()
                .map(r -> r instanceof Object[] array ? array : new Object[] {r})
                .toList();
    }

    /**
     * The backward trace, one query per kind of record; each row becomes a link with named details.
     */
    enum BackwardQuery {
        CASE(
                "case",
                """
                select c.case_number, c.hospital, u.full_name, c.patient_pseudonym, c.regulatory_pathway, c.planned_surgery_date
                from implant i join implant_case c on c.id = i.case_id join app_user u on u.id = c.surgeon_id where i.id = ?1""",
                "hospital",
                "surgeon",
                "patientPseudonym",
                "regulatoryPathway",
                "plannedSurgeryDate"),
        DESIGN(
                "design",
                """
                select d.design_version, d.sha256, d.created_by, d.created_at from implant i join design d on d.id = i.design_id
                where i.id = ?1""",
                "sha256",
                "createdBy",
                "createdAt"),
        DESIGN_APPROVAL(
                "design approval",
                """
                select a.approver_role, s.printed_name, s.meaning, s.signed_at, s.signed_hash from implant i
                join design_approval a on a.design_id = i.design_id join electronic_signature s on s.id = a.signature_id
                where i.id = ?1""",
                "printedName",
                "meaning",
                "signedAt",
                "signedHash"),
        BUILD(
                "build",
                """
                select b.build_number, m.asset_id, p.name || ' ' || p.set_version, op.full_name, pr.full_name, b.started_at, b.ended_at, f.sha256,
                i.plate_x_mm, i.plate_y_mm, i.plate_label
                from implant i join build b on b.id = i.build_id join machine m on m.id = b.machine_id
                join parameter_set p on p.id = b.parameter_set_id join app_user op on op.id = b.operator_id
                join app_user pr on pr.id = b.programmer_id left join evidence_file f on f.id = b.log_file_id where i.id = ?1""",
                "machine",
                "parameterSet",
                "operator",
                "programmer",
                "startedAt",
                "endedAt",
                "logSha256"),
        POWDER_BATCH(
                "powder batch",
                """
                select pb.batch_number, pb.powder_type, pb.reuse_count from implant i join build b on b.id = i.build_id
                join powder_batch pb on pb.id = b.powder_batch_id where i.id = ?1""",
                "powderType",
                "reuseCount"),
        POWDER_LOT(
                "powder lot",
                """
                select l.lot_number, s.name, bl.mass_fraction, l.received_on, f.sha256 from implant i join build b on b.id = i.build_id
                join powder_batch_lot bl on bl.batch_id = b.powder_batch_id join powder_lot l on l.id = bl.lot_id
                join approved_supplier s on s.id = l.supplier_id left join evidence_file f on f.id = l.certificate_file_id
                where i.id = ?1 order by l.lot_number""",
                "supplier",
                "massFraction",
                "receivedOn",
                "certificateSha256"),
        COUPON(
                "coupon",
                """
                select c.coupon_code, c.purpose, r.run_number from implant i join coupon c on c.build_id = i.build_id
                left join heat_treatment_run r on r.id = c.heat_treatment_run_id where i.id = ?1 order by c.coupon_code""",
                "purpose",
                "heatTreatmentRun"),
        HEAT_TREATMENT_RUN(
                "heat-treatment run",
                """
                select r.run_number, f.furnace_code, r.recipe, u.full_name, e.sha256 from implant i
                join heat_treatment_run r on r.id = i.heat_treatment_run_id join furnace f on f.id = r.furnace_id
                join app_user u on u.id = r.operator_id left join evidence_file e on e.id = r.chart_file_id where i.id = ?1""",
                "furnace",
                "recipe",
                "operator",
                "chartSha256"),
        OPERATION(
                "operation",
                """
                select o.operation_type || ' ' || o.performed_at, o.equipment, o.program_id, o.program_version, u.full_name
                from process_operation o join app_user u on u.id = o.operator_id where o.implant_id = ?1 order by o.performed_at""",
                "equipment",
                "programId",
                "programVersion",
                "operator"),
        CLEANING_RUN(
                "cleaning run",
                """
                select r.run_number, r.process_id || ' ' || r.process_version, r.cleaning_family, u.full_name, c.tested_by
                from cleanliness_result c join cleaning_run r on r.id = c.cleaning_run_id join app_user u on u.id = r.operator_id
                where c.implant_id = ?1""",
                "process",
                "family",
                "operator",
                "testedBy"),
        INSPECTION(
                "dimensional inspection",
                """
                select 'inspection ' || d.id, ins.instrument_code, ins.calibration_due, u.full_name, d.inspected_at, f.sha256
                from dimensional_inspection d join instrument ins on ins.id = d.instrument_id join app_user u on u.id = d.inspector_id
                join evidence_file f on f.id = d.results_file_id where d.implant_id = ?1 order by d.inspected_at""",
                "instrument",
                "calibrationDue",
                "inspector",
                "inspectedAt",
                "resultsSha256"),
        COMPONENT_LOT(
                "separation-plate lot",
                """
                select c.lot_number, c.supplier, c.catalogue_number, c.material, c.expiry_date from implant i
                join component_lot c on c.id = i.component_lot_id where i.id = ?1""",
                "supplier",
                "catalogueNumber",
                "material",
                "expiryDate"),
        NONCONFORMANCE(
                "nonconformance",
                """
                select n.ncr_number, n.status, n.disposition, n.check_id, n.opened_by from nonconformance n where n.implant_id = ?1
                order by n.ncr_number""",
                "status",
                "disposition",
                "checkId",
                "openedBy"),
        IMPLANTATION(
                "implantation",
                """
                select 'implanted ' || m.operated_at, m.hospital, u.full_name, m.patient_pseudonym, m.status, l.lot_number,
                m.admission_date, m.discharge_date
                from implantation m join app_user u on u.id = m.surgeon_id join component_lot l on l.id = m.plate_lot_id
                where m.implant_id = ?1""",
                "hospital",
                "surgeon",
                "patientPseudonym",
                "status",
                "plateLotUsed",
                "admissionDate",
                "dischargeDate"),
        EXPLANTATION(
                "explantation",
                """
                select x.kind || ' ' || x.explanted_on, x.reason, x.device_returned, x.retrieval_findings
                from explantation x join implantation m on m.id = x.implantation_id where m.implant_id = ?1""",
                "reason",
                "deviceReturned",
                "retrievalFindings");

        private final String kind;
        private final String sql;
        private final String[] detailNames;

        BackwardQuery(String kind, String sql, String... detailNames) {
            this.kind = kind;
            this.sql = sql;
            this.detailNames = detailNames;
        }

        TraceLink link(Object[] row) {
            var details = new LinkedHashMap<String, Object>();
            for (int i = 0; i < detailNames.length; i++) {
                Object value = row[i + 1];
                details.put(detailNames[i], value == null ? null : value.toString());
            }
            if (this == BUILD) {
                // where on the plate: the three columns after the named details
                int at = detailNames.length + 1;
                details.put(
                        "platePosition",
                        PlatePosition.text(
                                decimal(row[at]), decimal(row[at + 1]), (String) row[at + 2]));
            }
            return new TraceLink(kind, String.valueOf(row[0]), Map.copyOf(nonNull(details)));
        }

        private static BigDecimal decimal(Object value) {
            return value == null
                    ? null
                    : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        }

        private static Map<String, Object> nonNull(Map<String, Object> details) {
            var copy = new LinkedHashMap<String, Object>();
            details.forEach(
                    (k, v) -> {
                        if (v != null) {
                            copy.put(k, v);
                        }
                    });
            return copy;
        }
    }
}
