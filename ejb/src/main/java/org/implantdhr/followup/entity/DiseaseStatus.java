package org.implantdhr.followup.entity;

/** The disease assessment of a visit, the events disease-free survival is counted from. */
public enum DiseaseStatus {
    NO_EVIDENCE_OF_DISEASE,
    LOCAL_RECURRENCE,
    DISTANT_RECURRENCE,
    DEATH;

    /** A recurrence or a death ends disease-free survival. */
    public boolean endsDiseaseFreeSurvival() {
        return this != NO_EVIDENCE_OF_DISEASE;
    }
}
