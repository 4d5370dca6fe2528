-- Vigilance (issue 15), the case's decisions: each reportability decision (reportable or not, and why) under one
-- framework (the EU MDR Art. 87, or 21 CFR 803 where the installation reports to the FDA), e-signed (21 CFR Part 11)
-- over the SHA-256 of exactly what was decided. A later decision (new information) is a new row: none is overwritten.
CREATE TABLE vigilance_decision (
    id                      BIGINT        PRIMARY KEY,
    case_id                 BIGINT        NOT NULL REFERENCES vigilance_case (id),
    framework               VARCHAR(20)   NOT NULL,
    reportable              BOOLEAN       NOT NULL,
    deadline                VARCHAR(60),
    due_on                  DATE,
    reason                  VARCHAR(2000) NOT NULL,
    content_sha256          VARCHAR(64)   NOT NULL,
    signature_id            BIGINT        REFERENCES electronic_signature (id),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL
);
CREATE INDEX ix_vigilance_decision_case ON vigilance_decision (case_id);

-- A recall made from a case (of the powder lot, build or heat-treatment run the case's implant was made from): the
-- recall itself is the recall component's, signed there; this row says which case it answered.
CREATE TABLE vigilance_case_recall (
    id                      BIGINT        PRIMARY KEY,
    case_id                 BIGINT        NOT NULL REFERENCES vigilance_case (id),
    recall_id               BIGINT        NOT NULL UNIQUE REFERENCES recall (id),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL
);
CREATE INDEX ix_vigilance_case_recall_case ON vigilance_case_recall (case_id);
