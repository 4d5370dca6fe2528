-- Vigilance (issue 15), QA's review of a signal flag: a QA manager's conclusion about one group flagged by signal
-- detection (a powder lot, build, furnace run or design family), why, and what was opened (an investigation or CAPA
-- by its reference, a vigilance case by its number), e-signed (21 CFR Part 11, meaning SIGNAL_REVIEW) over the
-- SHA-256 of exactly what was reviewed. The row keeps the numbers the flag showed when it was reviewed: the group's
-- implants, implants with an event, events and implant-days (exact), its rate, the numbers and rate of what it was
-- compared with, the Poisson probability as shown, the rule version and the day the implant-days were counted to.
-- A review is never changed: a new review of the same group supersedes it, and both stay.
CREATE TABLE vigilance_signal_review (
    id                      BIGINT        PRIMARY KEY,
    dimension               VARCHAR(30)   NOT NULL,
    group_key               VARCHAR(200)  NOT NULL,
    implants                INTEGER       NOT NULL,
    implants_with_event     INTEGER       NOT NULL,
    events                  INTEGER       NOT NULL,
    implant_days            BIGINT        NOT NULL,
    rate_per_100_years      NUMERIC(16,2),
    compared_with           VARCHAR(10)   NOT NULL,
    comparison_implants     INTEGER       NOT NULL,
    comparison_events       INTEGER       NOT NULL,
    comparison_implant_days BIGINT        NOT NULL,
    comparison_rate         NUMERIC(16,2),
    poisson_probability     VARCHAR(40),
    rule_version            VARCHAR(20)   NOT NULL,
    counted_to              DATE          NOT NULL,
    conclusion              VARCHAR(30)   NOT NULL,
    reference               VARCHAR(60),
    reason                  VARCHAR(2000) NOT NULL,
    content_sha256          VARCHAR(64)   NOT NULL,
    signature_id            BIGINT        REFERENCES electronic_signature (id),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL
);
CREATE INDEX ix_vigilance_signal_review_group ON vigilance_signal_review (dimension, group_key, created_at);
