package org.implantdhr.identity.entity;

/** The roles of the application. Names are used as security role names, hence the constants. */
public enum Role {
    OPERATOR,
    ENGINEER,
    QA,
    QA_MANAGER,
    REGULATOR,
    SURGEON,
    ADMIN,
    /** Enters follow-up data (visits, adverse events) for the patients of their own hospital. */
    STUDY_STAFF;

    public static final String OPERATOR_ = "OPERATOR";
    public static final String ENGINEER_ = "ENGINEER";
    public static final String QA_ = "QA";
    public static final String QA_MANAGER_ = "QA_MANAGER";
    public static final String REGULATOR_ = "REGULATOR";
    public static final String SURGEON_ = "SURGEON";
    public static final String ADMIN_ = "ADMIN";
    public static final String STUDY_STAFF_ = "STUDY_STAFF";
}
