-- release: evaluations of an implant's record by the rules, their findings, acknowledged warnings and the decision.
-- An evaluation keeps the facts it judged as canonical JSON with their SHA-256, and the versions it was pinned to,
-- so that it can be replayed. Evaluations, findings and acknowledgements are never changed.

CREATE TABLE release_evaluation (
    id                      BIGINT        PRIMARY KEY,
    implant_id              BIGINT        NOT NULL REFERENCES implant (id),
    release_date            DATE          NOT NULL,
    specification_code      VARCHAR(40)   NOT NULL,
    specification_version   VARCHAR(20)   NOT NULL,
    rule_set_version        VARCHAR(200)  NOT NULL,
    facts_json              VARCHAR(1000000) NOT NULL,
    facts_sha256            VARCHAR(64)   NOT NULL,
    evidence_fingerprint    VARCHAR(64)   NOT NULL,
    verdict                 VARCHAR(20)   NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL
);
CREATE INDEX ix_release_evaluation_implant ON release_evaluation (implant_id, created_at);

CREATE TABLE release_finding (
    id                      BIGINT        PRIMARY KEY,
    evaluation_id           BIGINT        NOT NULL REFERENCES release_evaluation (id),
    seq                     INTEGER       NOT NULL,
    check_id                VARCHAR(40)   NOT NULL,
    subject                 VARCHAR(1000) NOT NULL,
    outcome                 VARCHAR(10)   NOT NULL,
    measured                VARCHAR(2000) NOT NULL,
    limit_text              VARCHAR(1000) NOT NULL,
    comparison              VARCHAR(16)   NOT NULL,
    evidence                VARCHAR(1000) NOT NULL,
    sentence                VARCHAR(4000) NOT NULL,
    UNIQUE (evaluation_id, seq)
);

-- the releasing QA person's acknowledgement of one WARN finding
CREATE TABLE warning_acknowledgement (
    id                      BIGINT        PRIMARY KEY,
    finding_id              BIGINT        NOT NULL UNIQUE REFERENCES release_finding (id),
    comment_text            VARCHAR(2000) NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL
);

-- released_implant_id is the implant id for a RELEASED decision and null otherwise: its UNIQUE constraint lets the
-- database refuse a second release of an implant (also from another server), on PostgreSQL and H2 alike.
CREATE TABLE release_decision (
    id                      BIGINT        PRIMARY KEY,
    implant_id              BIGINT        NOT NULL REFERENCES implant (id),
    evaluation_id           BIGINT        REFERENCES release_evaluation (id),
    decision                VARCHAR(10)   NOT NULL,
    reason                  VARCHAR(2000),
    signature_id            BIGINT        REFERENCES electronic_signature (id),
    decision_content        VARCHAR(1000000),
    decision_sha256         VARCHAR(64),
    released_implant_id     BIGINT        UNIQUE REFERENCES implant (id),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL
);
CREATE INDEX ix_release_decision_implant ON release_decision (implant_id);
