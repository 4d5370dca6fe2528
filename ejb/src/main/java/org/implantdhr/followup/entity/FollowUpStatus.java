package org.implantdhr.followup.entity;

/**
 * Where a patient's follow-up stands: going on, completed (the last visit done), lost to follow-up
 * (no contact despite attempts, with a date and a reason), or ended by death or by the end of the
 * implantation (explant, revision) — whichever ends it, the date and reason say.
 */
public enum FollowUpStatus {
    ACTIVE,
    COMPLETED,
    LOST_TO_FOLLOW_UP,
    ENDED
}
