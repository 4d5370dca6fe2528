package org.implantdhr.inspection.control;

/** What a dimensional characteristic checks, as the DIM-* release rules group them. */
public enum CharacteristicKind {
    /** Profile of a bone-contact or fit surface against the design (DIM-FIT). */
    FIT_SURFACE,
    /** Diameter of a fixation hole (DIM-HOLES). */
    HOLE_DIAMETER,
    /** Position of a fixation hole (DIM-HOLES). */
    HOLE_POSITION,
    /** Minimum wall or strut thickness (DIM-WALL). */
    WALL_THICKNESS,
    OTHER
}
