package org.implantdhr.outcome.control;

/**
 * How the outcomes are broken down: the join from an implantation to the production record that
 * names its group. A powder batch may blend several lots, so under POWDER_LOT an implant counts in
 * every lot of its batch (the groups can overlap; each group's numbers are right for that lot). The
 * design family is the case's device model (the only family the record keeps).
 */
public enum Grouping {
    // a cast, not a bare literal: PostgreSQL refuses a constant in GROUP BY
    ALL("All patients", "CAST('all' AS VARCHAR(10))", ""),
    DESIGN_FAMILY("Design family", "ic.device_model", ""),
    POWDER_LOT(
            "Powder lot",
            "pl.lot_number",
            " JOIN build b ON b.id = i.build_id"
                    + " JOIN powder_batch_lot pbl ON pbl.batch_id = b.powder_batch_id"
                    + " JOIN powder_lot pl ON pl.id = pbl.lot_id"),
    BUILD("Build", "b.build_number", " JOIN build b ON b.id = i.build_id");

    private final String label;
    private final String key;
    private final String joins;

    Grouping(String label, String key, String joins) {
        this.label = label;
        this.key = key;
        this.joins = joins;
    }

    public String label() {
        return label;
    }

    /** The group's name as shown: "Powder lot PL-7", or "All patients". */
    public String groupName(String key) {
        return this == ALL ? label : label + " " + key;
    }

    /** The SQL expression of the group key (a column of the joins below). */
    String keySql() {
        return key;
    }

    /**
     * The implanted patients in scope with the group key: aliases im (implantation), i (implant),
     * ic (case), the group's own tables and the caller's further joins.
     */
    String from(OutcomeScope scope, String moreJoins) {
        return " FROM implantation im JOIN implant i ON i.id = im.implant_id"
                + " JOIN implant_case ic ON ic.id = i.case_id"
                + joins
                + moreJoins
                + scope.where();
    }
}
