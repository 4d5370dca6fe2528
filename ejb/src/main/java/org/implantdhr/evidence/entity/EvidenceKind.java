package org.implantdhr.evidence.entity;

/**
 * What a stored file is evidence of, and the one type of file it must be. The media type a file is
 * served with comes from here, never from what the uploader declared.
 */
public enum EvidenceKind {
    /** IANA media type of STL (2018). */
    DESIGN_STL("model/stl", false),
    POWDER_CERTIFICATE("application/pdf", true),
    BUILD_LOG("text/csv", false),
    FURNACE_CHART("text/csv", false),
    COUPON_REPORT("application/pdf", true),
    CMM_RESULTS_CSV("text/csv", false),
    QIF_RESULTS("application/xml", false),
    COMPONENT_CERTIFICATE("application/pdf", true);

    private final String mediaType;
    private final boolean pdf;

    EvidenceKind(String mediaType, boolean pdf) {
        this.mediaType = mediaType;
        this.pdf = pdf;
    }

    /** The media type files of this kind are stored and served with. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * A certificate or a laboratory report: a PDF document, checked by reading it as one. The other
     * kinds are checked by the parser that turns them into records.
     */
    public boolean isPdf() {
        return pdf;
    }
}
