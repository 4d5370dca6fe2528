package org.implantdhr.implantation.entity;

/** An implantation is in place until an explant or a revision ends it. */
public enum ImplantationStatus {
    IN_PLACE,
    EXPLANTED,
    REVISED
}
