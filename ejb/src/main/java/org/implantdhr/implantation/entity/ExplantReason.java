package org.implantdhr.implantation.entity;

/** Why an implant was taken out or replaced, as retrieval analysis and registries group it. */
public enum ExplantReason {
    INFECTION,
    IMPLANT_FRACTURE,
    LOOSENING,
    LOCAL_RECURRENCE,
    PAIN,
    SOFT_TISSUE_FAILURE,
    OTHER
}
