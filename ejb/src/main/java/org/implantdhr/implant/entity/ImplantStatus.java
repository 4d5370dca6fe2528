package org.implantdhr.implant.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an implant stands on its way to the patient. Evaluations and signatures move it forward; a
 * recall can take a released implant back out of use (its certificate is revoked). Which status may
 * follow which is this enum's own table ({@link #next()}); {@link Implant#moveTo} refuses every
 * other change.
 */
public enum ImplantStatus {
    IN_PROCESS,
    READY_FOR_REVIEW,
    EVALUATED,
    RELEASED,
    REJECTED,
    RECALLED,
    IMPLANTED,
    EXPLANTED;

    /**
     * The statuses this one may change to. Each is a step some part of the application takes today:
     *
     * <ul>
     *   <li>EVALUATED: a release evaluation of an undecided implant, also again on an evaluated one
     *       (a stale evaluation is replaced by a new one).
     *   <li>RELEASED: only from EVALUATED, since a release signs the latest evaluation.
     *   <li>REJECTED: QA rejects an undecided implant; and a nonconformance report dispositioned
     *       SCRAP rejects its implant whatever its status, so that a scrapped part is never shown
     *       as usable (this includes an implant already rejected or recalled, and one released but
     *       found nonconforming later).
     *   <li>RECALLED: a recall takes every implant it reaches out of use unless it is already
     *       rejected or recalled. An implant in a patient (IMPLANTED) or taken out of one
     *       (EXPLANTED) is not: its certificate is revoked, and the implant stays where it is, for
     *       the follow-up to find.
     *   <li>IMPLANTED: only from RELEASED, by the operation's record (a revoked certificate has
     *       made the implant RECALLED first, so it cannot be implanted).
     *   <li>EXPLANTED: only from IMPLANTED, by an explant or revision record; nothing follows.
     * </ul>
     *
     * Nothing moves an implant back to IN_PROCESS, and no step sets READY_FOR_REVIEW today (the
     * value exists in the schema, so a stored implant may still have it): it is left as a status
     * one can leave, not enter.
     */
    public Set<ImplantStatus> next() {
        return switch (this) {
            case IN_PROCESS, READY_FOR_REVIEW -> EnumSet.of(EVALUATED, REJECTED, RECALLED);
            case EVALUATED -> EnumSet.of(EVALUATED, RELEASED, REJECTED, RECALLED);
            case RELEASED -> EnumSet.of(RECALLED, REJECTED, IMPLANTED);
            case REJECTED, RECALLED -> EnumSet.of(REJECTED);
            case IMPLANTED -> EnumSet.of(EXPLANTED);
            case EXPLANTED -> EnumSet.noneOf(ImplantStatus.class);
        };
    }

    /** Released once, so it has a certificate (in force or revoked): the later statuses too. */
    public boolean certified() {
        return this == RELEASED || this == RECALLED || this == IMPLANTED || this == EXPLANTED;
    }

    /** QA's decision is made: released (and what followed) or rejected. */
    public boolean decided() {
        return certified() || this == REJECTED;
    }

    /** The statuses of {@link #decided()}, for queries. */
    public static Set<ImplantStatus> decidedStatuses() {
        var decided = EnumSet.noneOf(ImplantStatus.class);
        for (ImplantStatus s : values()) {
            if (s.decided()) {
                decided.add(s);
            }
        }
        return decided;
    }

    public boolean mayMoveTo(ImplantStatus status) {
        return next().contains(status);
    }
}
