package org.implantdhr.release.entity;

/** The QA decision on an implant. */
public enum Decision {
    RELEASED,
    REJECTED
}
