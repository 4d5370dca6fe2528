package org.implantdhr.rules.facts;

/** What a dimensional characteristic measures. */
public enum CharacteristicKind {
    FIT_SURFACE,
    HOLE_DIAMETER,
    HOLE_POSITION,
    WALL,
    OTHER
}
