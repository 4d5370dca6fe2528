package org.implantdhr.evidence.entity;

/** What a stored file is evidence of. */
public enum EvidenceKind {
    DESIGN_STL,
    POWDER_CERTIFICATE,
    BUILD_LOG,
    FURNACE_CHART,
    COUPON_REPORT,
    CMM_RESULTS_CSV,
    QIF_RESULTS,
    COMPONENT_CERTIFICATE
}
