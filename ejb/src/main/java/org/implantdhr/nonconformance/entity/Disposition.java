package org.implantdhr.nonconformance.entity;

/**
 * What is done with a nonconforming implant. USE_AS_IS is a concession and needs a QA manager's
 * signature.
 */
public enum Disposition {
    REWORK,
    SCRAP,
    USE_AS_IS
}
