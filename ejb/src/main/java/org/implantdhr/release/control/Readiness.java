package org.implantdhr.release.control;

import java.util.List;

/**
 * Where an implant stands towards its release, for the person asking: what prevents the release, or
 * that only the release signature is missing. Derived from the latest evaluation (whose stored
 * verdict stays as the rules gave it: NOT_RELEASABLE until a signature exists), its
 * acknowledgements and the record as it is now.
 *
 * @param obstacles what prevents the release, one sentence each; empty when {@link #readyToSign()}
 */
public record Readiness(State state, String summary, List<String> obstacles) {

    /** In the order a record goes through them. */
    public enum State {
        NOT_EVALUATED("Not evaluated"),
        OUTDATED("Evaluation out of date: evaluate again"),
        NOT_RELEASABLE("Not releasable"),
        WARNINGS_TO_ACKNOWLEDGE("Releasable once the warnings are acknowledged"),
        NOT_BY_YOU("Not yours to release"),
        READY_TO_SIGN("Releasable, awaiting the release signature"),
        RELEASED("Released"),
        REJECTED("Rejected"),
        RECALLED("Recalled");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Readiness {
        obstacles = List.copyOf(obstacles);
    }

    /** Nothing but the release signature of the person asking is missing. */
    public boolean readyToSign() {
        return state == State.READY_TO_SIGN;
    }

    /** FAIL or MISSING findings: no signature and no acknowledgement makes it releasable. */
    public boolean blocked() {
        return state == State.NOT_RELEASABLE;
    }

    public boolean decided() {
        return state == State.RELEASED || state == State.REJECTED || state == State.RECALLED;
    }

    /** A new evaluation is the next step. */
    public boolean needsEvaluation() {
        return state == State.NOT_EVALUATED || state == State.OUTDATED;
    }

    public String label() {
        return state.label();
    }
}
