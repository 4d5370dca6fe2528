package org.implantdhr.casefile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * One patient's order for a chest-wall implant. The patient appears only as a pseudonymous code:
 * the link to the person is kept by the hospital, never here. The surgeon is a user of the system
 * (by id, identity is its own component) and sees only the cases that name them.
 */
@Entity
@Table(name = "implant_case")
@NamedQuery(
        name = ImplantCase.BY_NUMBER,
        query = "select c from ImplantCase c where c.caseNumber = :caseNumber")
public class ImplantCase extends Recorded implements Audited {

    public static final String BY_NUMBER = "ImplantCase.byNumber";

    private static final String CASE_NUMBER = "[A-Z0-9][A-Z0-9-]{2,39}";
    private static final String PSEUDONYM = "[A-Z0-9-]{3,40}";

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(nullable = false)
    private String hospital;

    @Column(name = "surgeon_id", nullable = false)
    private long surgeonId;

    @Column(name = "patient_pseudonym", nullable = false)
    private String patientPseudonym;

    @Enumerated(EnumType.STRING)
    @Column(name = "regulatory_pathway", nullable = false)
    private RegulatoryPathway pathway;

    @Column(name = "planned_surgery_date", nullable = false)
    private LocalDate plannedSurgeryDate;

    @Column(name = "device_name", nullable = false)
    private String deviceName;

    @Column(name = "device_model", nullable = false)
    private String deviceModel;

    @Column(name = "prescription_reference")
    private String prescriptionReference;

    protected ImplantCase() {}

    public ImplantCase(String caseNumber, long surgeonId, String user, Instant at) {
        if (caseNumber == null || !caseNumber.matches(CASE_NUMBER)) {
            throw new InvalidRequestException(
                    "caseNumber", "A case number is 3 to 40 upper-case letters, digits or '-'");
        }
        this.caseNumber = caseNumber;
        this.surgeonId = surgeonId;
        recordCreation(user, at);
    }

    /**
     * What the order says; the rules that make a case acceptable are checked here, whoever calls.
     */
    public void describe(
            String hospital,
            String patientPseudonym,
            RegulatoryPathway pathway,
            LocalDate plannedSurgeryDate,
            String deviceName,
            String deviceModel,
            String prescriptionReference) {
        if (patientPseudonym == null || !patientPseudonym.matches(PSEUDONYM)) {
            throw new InvalidRequestException(
                    "patientPseudonym",
                    "The patient is identified by a pseudonymous code of 3 to 40 "
                            + "upper-case letters, digits or '-' (such as PAT-2026-0042), never by a name");
        }
        if (pathway == RegulatoryPathway.CUSTOM_MADE
                && (prescriptionReference == null || prescriptionReference.isBlank())) {
            throw new InvalidRequestException(
                    "prescriptionReference",
                    "A custom-made device is made to a written prescription: its reference is required");
        }
        this.hospital = hospital;
        this.patientPseudonym = patientPseudonym;
        this.pathway = pathway;
        this.plannedSurgeryDate = plannedSurgeryDate;
        this.deviceName = deviceName;
        this.deviceModel = deviceModel;
        this.prescriptionReference =
                prescriptionReference == null || prescriptionReference.isBlank()
                        ? null
                        : prescriptionReference.strip();
    }

    /**
     * A patient-matched device carries a UDI (the device identifier is given when an implant is
     * registered).
     */
    public void checkUdiDi(String udiDi) {
        if (pathway == RegulatoryPathway.PATIENT_MATCHED && (udiDi == null || udiDi.isBlank())) {
            throw new InvalidRequestException(
                    "udiDi",
                    "Case " + caseNumber + " is patient-matched: its implants need a UDI-DI");
        }
    }

    public boolean isSurgeon(long userId) {
        return surgeonId == userId;
    }

    @Override
    public String recordType() {
        return "ImplantCase";
    }

    @Override
    public String label() {
        return caseNumber;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("caseNumber", caseNumber);
        state.put("hospital", hospital);
        state.put("surgeonId", surgeonId);
        state.put("patientPseudonym", patientPseudonym);
        state.put("regulatoryPathway", pathway);
        state.put("plannedSurgeryDate", plannedSurgeryDate);
        state.put("deviceName", deviceName);
        state.put("deviceModel", deviceModel);
        state.put("prescriptionReference", prescriptionReference);
        return state;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String hospital() {
        return hospital;
    }

    public long surgeonId() {
        return surgeonId;
    }

    public String patientPseudonym() {
        return patientPseudonym;
    }

    public RegulatoryPathway pathway() {
        return pathway;
    }

    public LocalDate plannedSurgeryDate() {
        return plannedSurgeryDate;
    }

    public String deviceName() {
        return deviceName;
    }

    public String deviceModel() {
        return deviceModel;
    }

    public String prescriptionReference() {
        return prescriptionReference;
    }
}
