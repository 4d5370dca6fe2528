package org.implantdhr.powder.entity;

/**
 * What is in the machine: fresh powder, powder that went through builds before, or a blend of both.
 */
public enum PowderType {
    VIRGIN,
    USED,
    BLEND
}
