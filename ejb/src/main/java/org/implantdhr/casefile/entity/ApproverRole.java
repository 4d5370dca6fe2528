package org.implantdhr.casefile.entity;

/**
 * Who must approve a design before it is built (DES-APPROVAL): the design engineer and the
 * prescribing surgeon.
 */
public enum ApproverRole {
    ENGINEER,
    SURGEON
}
