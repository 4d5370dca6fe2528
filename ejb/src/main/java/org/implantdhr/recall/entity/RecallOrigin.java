package org.implantdhr.recall.entity;

import org.implantdhr.trace.boundary.Traces;

/**
 * What a recall starts from, with the forward trace that finds the implants made from it and the
 * table that says whether the named record exists at all (an unknown lot is a 404, a lot that
 * reached nothing is not).
 */
public enum RecallOrigin {
    POWDER_LOT(Traces.Origin.POWDER_LOT, "select count(*) from powder_lot where lot_number = ?1"),
    COMPONENT_LOT(
            Traces.Origin.COMPONENT_LOT,
            "select count(*) from component_lot where lot_number = ?1"),
    BUILD(Traces.Origin.BUILD, "select count(*) from build where build_number = ?1"),
    HEAT_TREATMENT_RUN(
            Traces.Origin.HEAT_TREATMENT_RUN,
            "select count(*) from heat_treatment_run where run_number = ?1");

    private final Traces.Origin trace;
    private final String existsSql;

    RecallOrigin(Traces.Origin trace, String existsSql) {
        this.trace = trace;
        this.existsSql = existsSql;
    }

    public Traces.Origin trace() {
        return trace;
    }

    public String existsSql() {
        return existsSql;
    }

    /** How a person names it: "powder lot", "heat treatment run". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
