package org.implantdhr.followup.entity;

/** What was done about an adverse event. */
public enum ActionTaken {
    NONE,
    MEDICATION,
    PROCEDURE,
    REOPERATION,
    REVISION,
    EXPLANT
}
