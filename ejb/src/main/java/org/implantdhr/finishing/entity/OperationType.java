package org.implantdhr.finishing.entity;

/** The finishing steps after the build, in the order they usually happen. */
public enum OperationType {
    SEPARATION,
    MACHINING,
    BLASTING,
    POLISHING,
    MARKING
}
