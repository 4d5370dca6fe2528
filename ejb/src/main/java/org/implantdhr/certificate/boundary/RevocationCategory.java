package org.implantdhr.certificate.boundary;

/**
 * Why a certificate is no longer in force, as far as anyone may know it: the reason itself is for
 * signed-in people only.
 */
public enum RevocationCategory {
    /** A QA manager revoked this one certificate. */
    WITHDRAWN("Withdrawn by the manufacturer"),
    /**
     * A recall of material or of a production run (powder lot, component lot, build, furnace run).
     */
    RECALL("Recalled with the material or production run it was made from");

    private final String words;

    RevocationCategory(String words) {
        this.words = words;
    }

    /** How a page says it. */
    public String words() {
        return words;
    }
}
