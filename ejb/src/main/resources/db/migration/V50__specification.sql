-- specification: the release acceptance criteria as versioned data (draft -> approved, in force from a date).
-- An approved version is immutable; it is superseded on the date a later approved version takes effect, which
-- is derived from the dates, not stored. Approval is a QA manager's e-signature over the version's content;
-- only the seeded baseline (1.0, from the validated CSV shipped with the rules) is approved by "system"
-- without a signature.

CREATE TABLE specification_version (
    id                      BIGINT       PRIMARY KEY,
    code                    VARCHAR(40)  NOT NULL,
    version_label           VARCHAR(20)  NOT NULL,
    status                  VARCHAR(16)  NOT NULL,
    effective_from          DATE         NOT NULL,
    based_on_id             BIGINT       REFERENCES specification_version (id),
    rationale               VARCHAR(2000),
    approval_signature_id   BIGINT       REFERENCES electronic_signature (id),
    approved_by             VARCHAR(64),
    approved_at             TIMESTAMP WITH TIME ZONE,
    content_sha256          VARCHAR(64),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL,
    UNIQUE (code, version_label)
);
CREATE INDEX ix_specification_version_effective ON specification_version (code, status, effective_from);

-- Bounds are kept as the decimal text they were written with: the number of decimal places of a limit decides
-- how a ROUNDED comparison rounds (0.13 and 0.130 are different limits).
CREATE TABLE specification_limit (
    id                      BIGINT       PRIMARY KEY,
    version_id              BIGINT       NOT NULL REFERENCES specification_version (id),
    line_no                 INTEGER      NOT NULL,
    check_id                VARCHAR(40)  NOT NULL,
    parameter               VARCHAR(60)  NOT NULL,
    lower_bound             VARCHAR(40),
    lower_strict            BOOLEAN      NOT NULL,
    upper_bound             VARCHAR(40),
    upper_strict            BOOLEAN      NOT NULL,
    comparison              VARCHAR(16)  NOT NULL,
    unit                    VARCHAR(40)  NOT NULL,
    text_value              VARCHAR(200),
    description             VARCHAR(500) NOT NULL,
    version                 BIGINT       NOT NULL,
    UNIQUE (version_id, check_id, parameter)
);
