-- The implant in the patient (issue 14): the operation, the hospital stay, an explant or revision that ends it, and
-- the study's follow-up (schedule, visits, adverse events). Patients appear only by the case's pseudonym.
-- The follow-up protocol and the CTCAE term list are data shipped with the application (resources of the followup
-- component); each record names the protocol or CTCAE version it was entered under.

-- study staff enter follow-up for the patients of one hospital: the hospital a person works for (null for everyone
-- else)
ALTER TABLE app_user ADD COLUMN hospital VARCHAR(200);

-- one implantation per implant; hospital, surgeon and pseudonym are copied from the case at the moment of the
-- operation, so that the record says what was true then
CREATE TABLE implantation (
    id                      BIGINT        PRIMARY KEY,
    implant_id              BIGINT        NOT NULL UNIQUE REFERENCES implant (id),
    serial_number           VARCHAR(40)   NOT NULL UNIQUE,
    case_id                 BIGINT        NOT NULL REFERENCES implant_case (id),
    patient_pseudonym       VARCHAR(40)   NOT NULL,
    hospital                VARCHAR(200)  NOT NULL,
    surgeon_id              BIGINT        NOT NULL REFERENCES app_user (id),
    operated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_minutes        INTEGER       NOT NULL,
    plate_lot_id            BIGINT        NOT NULL REFERENCES component_lot (id),
    ribs_resected           INTEGER       NOT NULL,
    rib_levels              VARCHAR(100),
    sternum_resection       VARCHAR(20)   NOT NULL,
    defect_length_mm        NUMERIC(6,1)  NOT NULL,
    defect_width_mm         NUMERIC(6,1)  NOT NULL,
    admission_date          DATE          NOT NULL,
    discharge_date          DATE,
    status                  VARCHAR(20)   NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL
);
CREATE INDEX ix_implantation_surgeon ON implantation (surgeon_id);
CREATE INDEX ix_implantation_hospital ON implantation (hospital);
CREATE INDEX ix_implantation_case ON implantation (case_id);

-- the end of an implantation: the implant taken out (EXPLANT) or replaced (REVISION)
CREATE TABLE explantation (
    id                      BIGINT        PRIMARY KEY,
    implantation_id         BIGINT        NOT NULL UNIQUE REFERENCES implantation (id),
    kind                    VARCHAR(20)   NOT NULL,
    explanted_on            DATE          NOT NULL,
    reason                  VARCHAR(30)   NOT NULL,
    reason_text             VARCHAR(2000),
    device_returned         BOOLEAN       NOT NULL,
    retrieval_findings      VARCHAR(4000),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL
);

-- one follow-up per implantation, under the protocol version in force on the day of the operation
CREATE TABLE follow_up (
    id                      BIGINT        PRIMARY KEY,
    implantation_id         BIGINT        NOT NULL UNIQUE REFERENCES implantation (id),
    protocol_code           VARCHAR(40)   NOT NULL,
    protocol_version        VARCHAR(20)   NOT NULL,
    status                  VARCHAR(30)   NOT NULL,
    status_date             DATE,
    status_reason           VARCHAR(2000),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL
);

-- the visits the protocol asks for, with their windows (dates in the hospital's calendar); due, overdue and missed
-- are derived from these dates and the day asked about, done from the visit recorded for it
CREATE TABLE scheduled_visit (
    id                      BIGINT        PRIMARY KEY,
    follow_up_id            BIGINT        NOT NULL REFERENCES follow_up (id),
    visit_code              VARCHAR(20)   NOT NULL,
    sequence_no             INTEGER       NOT NULL,
    target_date             DATE          NOT NULL,
    window_start            DATE          NOT NULL,
    window_end              DATE          NOT NULL,
    visit_id                BIGINT,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL,
    UNIQUE (follow_up_id, visit_code)
);
CREATE INDEX ix_scheduled_visit_window ON scheduled_visit (window_end);

-- a visit: scores with their scale kept (VAS unit; the protocol instrument's code and version), disease status with
-- the date it was established (after the operation only: the baseline visit has none)
CREATE TABLE follow_up_visit (
    id                      BIGINT        PRIMARY KEY,
    follow_up_id            BIGINT        NOT NULL REFERENCES follow_up (id),
    implantation_id         BIGINT        NOT NULL REFERENCES implantation (id),
    visit_code              VARCHAR(20)   NOT NULL,
    visit_date              DATE          NOT NULL,
    karnofsky               INTEGER,
    vas_value               NUMERIC(5,2),
    vas_unit                VARCHAR(10),
    instrument_code         VARCHAR(40),
    instrument_version      VARCHAR(20),
    instrument_score        NUMERIC(7,2),
    disease_status          VARCHAR(30),
    disease_status_date     DATE,
    notes                   VARCHAR(2000),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL,
    UNIQUE (follow_up_id, visit_code)
);
CREATE INDEX ix_follow_up_visit_implantation ON follow_up_visit (implantation_id);

ALTER TABLE scheduled_visit ADD CONSTRAINT fk_scheduled_visit_visit
    FOREIGN KEY (visit_id) REFERENCES follow_up_visit (id);

-- an adverse event by CTCAE (version, MedDRA term code and text as the shipped term list has them), its grade
-- checked against the term's grades; seriousness apart from the grade; attribution to the device and to the
-- procedure kept apart
CREATE TABLE adverse_event (
    id                      BIGINT        PRIMARY KEY,
    implantation_id         BIGINT        NOT NULL REFERENCES implantation (id),
    visit_id                BIGINT        REFERENCES follow_up_visit (id),
    ctcae_version           VARCHAR(10)   NOT NULL,
    term_code               VARCHAR(20)   NOT NULL,
    term_text               VARCHAR(200)  NOT NULL,
    specify_text            VARCHAR(500),
    grade                   INTEGER       NOT NULL,
    serious                 BOOLEAN       NOT NULL,
    serious_criterion       VARCHAR(30),
    onset_date              DATE          NOT NULL,
    resolution_date         DATE,
    device_attribution      VARCHAR(12)   NOT NULL,
    procedure_attribution   VARCHAR(12)   NOT NULL,
    action_taken            VARCHAR(20)   NOT NULL,
    outcome                 VARCHAR(30)   NOT NULL,
    description             VARCHAR(2000),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL
);
CREATE INDEX ix_adverse_event_implantation ON adverse_event (implantation_id);
