package org.implantdhr.vigilance.control;

/**
 * One term of the IMDRF adverse event terminology as published.
 *
 * @param hierarchy the parent codes and the code, '|'-separated (A04|A0401|A040101)
 * @param status IMDRF's status of the term in its release: blank, New, Modified, Not selectable (a
 *     heading), Retired
 */
public record ImdrfTerm(
        ImdrfAnnex annex,
        String code,
        String term,
        String definition,
        String hierarchy,
        String status) {

    /** Headings ("Not selectable") and retired terms are shown for context but not chosen. */
    public boolean selectable() {
        return !status.contains("Not selectable") && !status.contains("Retired");
    }

    /** How deep in its annex's hierarchy (1 for a top-level term). */
    public int level() {
        return hierarchy.split("\\|").length;
    }
}
