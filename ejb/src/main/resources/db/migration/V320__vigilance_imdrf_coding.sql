-- Incident report (issue 15): the IMDRF adverse event codes a QA manager chose for a vigilance case, one row per case,
-- by annex (A device problem, E clinical signs, F health impact, G component), each a space-separated list of codes
-- of the shipped terminology (ejb org/implantdhr/vigilance/imdrf-aet-terms.csv). A correction replaces the lists,
-- with its reason; the audit trail keeps every earlier choice.

CREATE TABLE vigilance_imdrf_coding (
    id                      BIGINT        PRIMARY KEY,
    case_id                 BIGINT        NOT NULL UNIQUE REFERENCES vigilance_case (id),
    case_number             VARCHAR(20)   NOT NULL,
    device_problem_codes    VARCHAR(1000) NOT NULL,
    clinical_sign_codes     VARCHAR(1000) NOT NULL,
    health_impact_codes     VARCHAR(1000) NOT NULL,
    component_codes         VARCHAR(1000) NOT NULL,
    chosen_by               VARCHAR(64)   NOT NULL,
    chosen_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    reason                  VARCHAR(2000),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL
);
