package org.implantdhr.vigilance.entity;

/**
 * What QA concludes about a flagged group, after the registries' second stage (a review of the
 * flag, then, where it holds, action): the flag is explained and needs no action; it is watched; an
 * investigation or CAPA is opened (ISO 13485 8.5.2), named by its reference; or a vigilance case is
 * opened (MDR Art. 87, or a trend report under Art. 88), named by its case number. The reason says
 * by what the flag is explained, or why the action was chosen.
 */
public enum SignalConclusion {
    NO_ACTION("no action: the flag is explained", null),
    MONITOR("monitor: no action now, the group is watched", null),
    INVESTIGATION("investigation or CAPA opened", "the investigation's or CAPA's reference"),
    VIGILANCE_CASE("vigilance case opened", "the vigilance case's number");

    private final String label;
    private final String reference;

    SignalConclusion(String label, String reference) {
        this.label = label;
        this.reference = reference;
    }

    public String label() {
        return label;
    }

    /** What the reference names, when this conclusion needs one; null when it takes none. */
    public String reference() {
        return reference;
    }

    public boolean needsReference() {
        return reference != null;
    }
}
