-- Vigilance (issue 15): a follow-up fact that the vigilance rules (rules module, KieBase "vigilance") find opens a
-- case: which rule, from which record, under which criteria and rule-set version, and on which day the manufacturer
-- became aware of it (the day the fact was recorded: the reporting clock starts then). QA managers triage a case
-- into the reporting deadline that applies; the deadline is derived from that and the awareness date.

CREATE SEQUENCE vigilance_case_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE vigilance_case (
    id                      BIGINT        PRIMARY KEY,
    case_number             VARCHAR(20)   NOT NULL UNIQUE,
    implant_id              BIGINT        NOT NULL REFERENCES implant (id),
    serial_number           VARCHAR(40)   NOT NULL,
    rule_id                 VARCHAR(20)   NOT NULL,
    source_type             VARCHAR(40)   NOT NULL,
    source_id               BIGINT        NOT NULL,
    source_label            VARCHAR(200)  NOT NULL,
    reason                  VARCHAR(2000) NOT NULL,
    criteria                VARCHAR(40)   NOT NULL,
    rule_set_sha256         VARCHAR(64)   NOT NULL,
    aware_on                DATE          NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    deadline                VARCHAR(60),
    due_on                  DATE,
    triaged_by              VARCHAR(64),
    triaged_at              TIMESTAMP WITH TIME ZONE,
    triage_reason           VARCHAR(2000),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL,
    -- one case per rule and source record: screening again never opens a second one
    CONSTRAINT uq_vigilance_case_source UNIQUE (source_type, source_id, rule_id)
);
CREATE INDEX ix_vigilance_case_implant ON vigilance_case (implant_id);
CREATE INDEX ix_vigilance_case_status_due ON vigilance_case (status, due_on);
