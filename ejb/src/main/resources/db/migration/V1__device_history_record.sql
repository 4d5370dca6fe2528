-- The device history record of patient-specific implants.
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode. Ids come from one sequence
-- (EclipseLink allocates blocks of 50); every table that people edit carries an optimistic-lock version.

CREATE SEQUENCE dhr_seq START WITH 1000 INCREMENT BY 50;

-- identity: people, roles, qualifications, electronic signatures -----------------------------------------

CREATE TABLE app_user (
    id              BIGINT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL UNIQUE,
    full_name       VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(512) NOT NULL,
    active          BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL
);

CREATE TABLE app_user_role (
    user_id         BIGINT      NOT NULL REFERENCES app_user (id),
    role_name       VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role_name)
);

-- an e-signature (21 CFR 11.50/11.70): printed name, time with zone, meaning, bound to the hash of what was signed
CREATE TABLE electronic_signature (
    id              BIGINT PRIMARY KEY,
    signer_id       BIGINT       NOT NULL REFERENCES app_user (id),
    printed_name    VARCHAR(200) NOT NULL,
    meaning         VARCHAR(32)  NOT NULL,
    signed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    zone_id         VARCHAR(64)  NOT NULL,
    subject_type    VARCHAR(64)  NOT NULL,
    subject_id      BIGINT       NOT NULL,
    signed_hash     VARCHAR(64)  NOT NULL
);
CREATE INDEX ix_esig_subject ON electronic_signature (subject_type, subject_id);

-- evidence: every uploaded file, byte for byte ----------------------------------------------------------

CREATE TABLE evidence_file (
    id              BIGINT PRIMARY KEY,
    kind            VARCHAR(32)  NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    media_type      VARCHAR(100) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    content         BYTEA        NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by     VARCHAR(64)  NOT NULL
);
CREATE INDEX ix_evidence_file_sha ON evidence_file (sha256);

-- casefile: case, imaging, design -------------------------------------------------------------------------

CREATE TABLE implant_case (
    id                      BIGINT PRIMARY KEY,
    case_number             VARCHAR(40)  NOT NULL UNIQUE,
    hospital                VARCHAR(200) NOT NULL,
    surgeon_id              BIGINT       NOT NULL REFERENCES app_user (id),
    patient_pseudonym       VARCHAR(40)  NOT NULL,
    regulatory_pathway      VARCHAR(20)  NOT NULL,
    planned_surgery_date    DATE         NOT NULL,
    device_name             VARCHAR(200) NOT NULL,
    device_model            VARCHAR(100) NOT NULL,
    prescription_reference  VARCHAR(200),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL
);

CREATE TABLE imaging_study (
    id                      BIGINT PRIMARY KEY,
    case_id                 BIGINT       NOT NULL REFERENCES implant_case (id),
    study_uid               VARCHAR(64)  NOT NULL,
    modality                VARCHAR(8)   NOT NULL,
    scan_date               DATE         NOT NULL,
    slice_thickness_mm      NUMERIC(6,3) NOT NULL,
    slice_increment_mm      NUMERIC(6,3) NOT NULL,
    scanner_model           VARCHAR(100),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL
);
CREATE INDEX ix_imaging_case ON imaging_study (case_id);

CREATE TABLE design (
    id                      BIGINT PRIMARY KEY,
    case_id                 BIGINT        NOT NULL REFERENCES implant_case (id),
    design_version          VARCHAR(20)   NOT NULL,
    file_id                 BIGINT        NOT NULL REFERENCES evidence_file (id),
    sha256                  VARCHAR(64)   NOT NULL,
    declared_unit           VARCHAR(16)   NOT NULL,
    triangle_count          INTEGER       NOT NULL,
    volume_mm3              NUMERIC(14,3) NOT NULL,
    surface_area_mm2        NUMERIC(14,3) NOT NULL,
    size_x_mm               NUMERIC(10,3) NOT NULL,
    size_y_mm               NUMERIC(10,3) NOT NULL,
    size_z_mm               NUMERIC(10,3) NOT NULL,
    closed_mesh             BOOLEAN       NOT NULL,
    min_wall_mm             NUMERIC(6,3),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL,
    UNIQUE (case_id, design_version)
);

CREATE TABLE design_approval (
    id                      BIGINT PRIMARY KEY,
    design_id               BIGINT      NOT NULL REFERENCES design (id),
    approver_role           VARCHAR(20) NOT NULL,
    signature_id            BIGINT      NOT NULL REFERENCES electronic_signature (id),
    UNIQUE (design_id, approver_role)
);

-- powder: suppliers, lots with their certificates, batches loaded into machines ----------------------------

CREATE TABLE approved_supplier (
    id                      BIGINT PRIMARY KEY,
    name                    VARCHAR(200) NOT NULL,
    approved_from           DATE         NOT NULL,
    approved_until          DATE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL
);

CREATE TABLE powder_lot (
    id                      BIGINT PRIMARY KEY,
    lot_number              VARCHAR(40)  NOT NULL UNIQUE,
    supplier_id             BIGINT       NOT NULL REFERENCES approved_supplier (id),
    material_spec           VARCHAR(60)  NOT NULL,
    heat_number             VARCHAR(40),
    atomization             VARCHAR(40),
    received_on             DATE         NOT NULL,
    certificate_file_id     BIGINT       REFERENCES evidence_file (id),
    certificate_lot_number  VARCHAR(40),
    al_wt_pct               NUMERIC(8,4),
    v_wt_pct                NUMERIC(8,4),
    fe_wt_pct               NUMERIC(8,4),
    o_wt_pct                NUMERIC(8,4),
    c_wt_pct                NUMERIC(8,4),
    n_wt_pct                NUMERIC(8,4),
    h_wt_pct                NUMERIC(8,5),
    y_wt_pct                NUMERIC(8,5),
    other_each_wt_pct       NUMERIC(8,4),
    other_total_wt_pct      NUMERIC(8,4),
    d10_um                  NUMERIC(8,2),
    d50_um                  NUMERIC(8,2),
    d90_um                  NUMERIC(8,2),
    oversize_wt_pct         NUMERIC(8,3),
    hall_flow_s             NUMERIC(8,2),
    carney_flow_s           NUMERIC(8,2),
    apparent_density_g_cm3  NUMERIC(8,3),
    tap_density_g_cm3       NUMERIC(8,3),
    recalled_at             TIMESTAMP WITH TIME ZONE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL
);

CREATE TABLE powder_batch (
    id                      BIGINT PRIMARY KEY,
    batch_number            VARCHAR(40)  NOT NULL UNIQUE,
    powder_type             VARCHAR(10)  NOT NULL,
    virgin_used_ratio       VARCHAR(20),
    reuse_count             INTEGER      NOT NULL,
    inhouse_o_wt_pct        NUMERIC(8,4),
    sieved_on               DATE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL
);

CREATE TABLE powder_batch_lot (
    batch_id                BIGINT       NOT NULL REFERENCES powder_batch (id),
    lot_id                  BIGINT       NOT NULL REFERENCES powder_lot (id),
    mass_fraction           NUMERIC(6,4) NOT NULL,
    PRIMARY KEY (batch_id, lot_id)
);
CREATE INDEX ix_batch_lot_lot ON powder_batch_lot (lot_id);

-- build: machines, parameter sets, builds with their layer log ---------------------------------------------

CREATE TABLE machine (
    id                      BIGINT PRIMARY KEY,
    asset_id                VARCHAR(40)  NOT NULL UNIQUE,
    model                   VARCHAR(100) NOT NULL,
    serial_number           VARCHAR(60)  NOT NULL,
    qualified_until         DATE,
    o2_sensor_calibration_due DATE,
    laser_power_calibration_due DATE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL
);

-- who may run or program which machine, and until when
CREATE TABLE machine_qualification (
    id                      BIGINT PRIMARY KEY,
    machine_id              BIGINT      NOT NULL REFERENCES machine (id),
    user_id                 BIGINT      NOT NULL REFERENCES app_user (id),
    activity                VARCHAR(20) NOT NULL,
    valid_from              DATE        NOT NULL,
    valid_until             DATE        NOT NULL
);
CREATE INDEX ix_machine_qual ON machine_qualification (machine_id, user_id);

CREATE TABLE parameter_set (
    id                      BIGINT PRIMARY KEY,
    name                    VARCHAR(60)  NOT NULL,
    set_version             VARCHAR(20)  NOT NULL,
    layer_thickness_um      NUMERIC(6,1) NOT NULL,
    laser_power_w           NUMERIC(7,1),
    scan_speed_mm_s         NUMERIC(8,1),
    hatch_distance_um       NUMERIC(6,1),
    released                BOOLEAN      NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL,
    UNIQUE (name, set_version)
);

CREATE TABLE build (
    id                      BIGINT PRIMARY KEY,
    build_number            VARCHAR(40)  NOT NULL UNIQUE,
    machine_id              BIGINT       NOT NULL REFERENCES machine (id),
    parameter_set_id        BIGINT       NOT NULL REFERENCES parameter_set (id),
    powder_batch_id         BIGINT       NOT NULL REFERENCES powder_batch (id),
    operator_id             BIGINT       NOT NULL REFERENCES app_user (id),
    programmer_id           BIGINT       NOT NULL REFERENCES app_user (id),
    build_plate_id          VARCHAR(40)  NOT NULL,
    design_sha256           VARCHAR(64),
    shielding_gas           VARCHAR(20)  NOT NULL,
    started_at              TIMESTAMP WITH TIME ZONE,
    ended_at                TIMESTAMP WITH TIME ZONE,
    log_file_id             BIGINT       REFERENCES evidence_file (id),
    recalled_at             TIMESTAMP WITH TIME ZONE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL
);
CREATE INDEX ix_build_batch ON build (powder_batch_id);
CREATE INDEX ix_build_machine ON build (machine_id);

-- one row per line of the machine's layer log, at full resolution
CREATE TABLE build_layer (
    build_id                BIGINT        NOT NULL REFERENCES build (id),
    seq                     INTEGER       NOT NULL,
    layer_number            INTEGER       NOT NULL,
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    o2_ppm                  DOUBLE PRECISION NOT NULL,
    layer_thickness_um      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (build_id, seq)
);

CREATE TABLE build_event (
    id                      BIGINT PRIMARY KEY,
    build_id                BIGINT       NOT NULL REFERENCES build (id),
    layer_number            INTEGER      NOT NULL,
    occurred_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type              VARCHAR(30)  NOT NULL,
    disposition             VARCHAR(1000),
    dispositioned_by        VARCHAR(64),
    dispositioned_at        TIMESTAMP WITH TIME ZONE,
    version                 BIGINT       NOT NULL
);
CREATE INDEX ix_build_event_build ON build_event (build_id);

-- heat treatment: furnaces, runs, every thermocouple sample ------------------------------------------------

CREATE TABLE furnace (
    id                      BIGINT PRIMARY KEY,
    furnace_code            VARCHAR(40)  NOT NULL UNIQUE,
    ams2750_class           INTEGER      NOT NULL,
    uniformity_survey_due   DATE         NOT NULL,
    system_accuracy_due     DATE         NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL
);

CREATE TABLE heat_treatment_run (
    id                      BIGINT PRIMARY KEY,
    run_number              VARCHAR(40)  NOT NULL UNIQUE,
    furnace_id              BIGINT       NOT NULL REFERENCES furnace (id),
    recipe                  VARCHAR(40)  NOT NULL,
    operator_id             BIGINT       NOT NULL REFERENCES app_user (id),
    door_opened_at          TIMESTAMP WITH TIME ZONE,
    chart_file_id           BIGINT       REFERENCES evidence_file (id),
    atmosphere              VARCHAR(20),
    recalled_at             TIMESTAMP WITH TIME ZONE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL
);

CREATE TABLE furnace_thermocouple (
    run_id                  BIGINT       NOT NULL REFERENCES heat_treatment_run (id),
    position                INTEGER      NOT NULL,
    name                    VARCHAR(40)  NOT NULL,
    thermocouple_role       VARCHAR(10)  NOT NULL,
    PRIMARY KEY (run_id, position)
);

-- one row per logged instant: all thermocouples of that instant (in position order) and the atmosphere reading
CREATE TABLE furnace_sample (
    run_id                  BIGINT       NOT NULL REFERENCES heat_treatment_run (id),
    seq                     INTEGER      NOT NULL,
    sampled_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    temperatures_c          DOUBLE PRECISION ARRAY NOT NULL,
    atmosphere_value        DOUBLE PRECISION,
    PRIMARY KEY (run_id, seq)
);

-- implant: the serialised device and what it is made of ----------------------------------------------------

CREATE TABLE component_lot (
    id                      BIGINT PRIMARY KEY,
    supplier                VARCHAR(200) NOT NULL,
    catalogue_number        VARCHAR(60)  NOT NULL,
    lot_number              VARCHAR(40)  NOT NULL,
    material                VARCHAR(20)  NOT NULL,
    expiry_date             DATE         NOT NULL,
    sterile                 BOOLEAN      NOT NULL,
    sterilisation_method    VARCHAR(40),
    conformance_file_id     BIGINT       REFERENCES evidence_file (id),
    recalled_at             TIMESTAMP WITH TIME ZONE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL,
    UNIQUE (supplier, catalogue_number, lot_number)
);

CREATE TABLE implant (
    id                      BIGINT PRIMARY KEY,
    serial_number           VARCHAR(40)  NOT NULL UNIQUE,
    case_id                 BIGINT       NOT NULL REFERENCES implant_case (id),
    design_id               BIGINT       REFERENCES design (id),
    build_id                BIGINT       REFERENCES build (id),
    component_lot_id        BIGINT       REFERENCES component_lot (id),
    heat_treatment_run_id   BIGINT       REFERENCES heat_treatment_run (id),
    udi_di                  VARCHAR(60),
    status                  VARCHAR(20)  NOT NULL,
    measured_mass_g         NUMERIC(10,3),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL
);
CREATE INDEX ix_implant_case ON implant (case_id);
CREATE INDEX ix_implant_build ON implant (build_id);
CREATE INDEX ix_implant_component ON implant (component_lot_id);
CREATE INDEX ix_implant_ht ON implant (heat_treatment_run_id);

-- coupons: witness specimens built beside the implants ------------------------------------------------------

CREATE TABLE coupon (
    id                      BIGINT PRIMARY KEY,
    coupon_code             VARCHAR(40)  NOT NULL UNIQUE,
    build_id                BIGINT       NOT NULL REFERENCES build (id),
    purpose                 VARCHAR(20)  NOT NULL,
    heat_treatment_run_id   BIGINT       REFERENCES heat_treatment_run (id),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL
);
CREATE INDEX ix_coupon_build ON coupon (build_id);

CREATE TABLE coupon_result (
    id                      BIGINT PRIMARY KEY,
    coupon_id               BIGINT       NOT NULL REFERENCES coupon (id),
    test_standard           VARCHAR(40)  NOT NULL,
    laboratory              VARCHAR(200) NOT NULL,
    tested_on               DATE         NOT NULL,
    tested_by               VARCHAR(200) NOT NULL,
    uts_mpa                 NUMERIC(8,1),
    yield_strength_mpa      NUMERIC(8,1),
    elongation_pct          NUMERIC(6,2),
    reduction_of_area_pct   NUMERIC(6,2),
    o_wt_pct                NUMERIC(8,4),
    n_wt_pct                NUMERIC(8,4),
    h_wt_pct                NUMERIC(8,5),
    relative_density_pct    NUMERIC(6,3),
    report_file_id          BIGINT       REFERENCES evidence_file (id),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL
);
CREATE INDEX ix_coupon_result_coupon ON coupon_result (coupon_id);

-- finishing: separation, machining, cleaning -----------------------------------------------------------------

CREATE TABLE process_operation (
    id                      BIGINT PRIMARY KEY,
    implant_id              BIGINT       NOT NULL REFERENCES implant (id),
    operation_type          VARCHAR(20)  NOT NULL,
    equipment               VARCHAR(100) NOT NULL,
    program_id              VARCHAR(60),
    program_version         VARCHAR(20),
    operator_id             BIGINT       NOT NULL REFERENCES app_user (id),
    performed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    visual_result           VARCHAR(10),
    remarks                 VARCHAR(1000),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL
);
CREATE INDEX ix_operation_implant ON process_operation (implant_id);

CREATE TABLE cleaning_run (
    id                      BIGINT PRIMARY KEY,
    run_number              VARCHAR(40)  NOT NULL UNIQUE,
    process_id              VARCHAR(40)  NOT NULL,
    process_version         VARCHAR(20)  NOT NULL,
    cleaning_family         VARCHAR(40)  NOT NULL,
    operator_id             BIGINT       NOT NULL REFERENCES app_user (id),
    performed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL
);

CREATE TABLE cleanliness_result (
    id                      BIGINT PRIMARY KEY,
    cleaning_run_id         BIGINT       NOT NULL REFERENCES cleaning_run (id),
    implant_id              BIGINT       NOT NULL REFERENCES implant (id),
    visual_result           VARCHAR(10)  NOT NULL,
    residual_particles      INTEGER,
    endotoxin_eu            NUMERIC(8,3),
    toc_mg                  NUMERIC(8,3),
    tested_by               VARCHAR(200) NOT NULL,
    laboratory              VARCHAR(200),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL,
    UNIQUE (cleaning_run_id, implant_id)
);
CREATE INDEX ix_cleanliness_implant ON cleanliness_result (implant_id);

-- inspection: instruments, dimensional inspections and their characteristics ---------------------------------

CREATE TABLE instrument (
    id                      BIGINT PRIMARY KEY,
    instrument_code         VARCHAR(40)  NOT NULL UNIQUE,
    instrument_type         VARCHAR(60)  NOT NULL,
    calibration_due         DATE         NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL
);

CREATE TABLE dimensional_inspection (
    id                      BIGINT PRIMARY KEY,
    implant_id              BIGINT       NOT NULL REFERENCES implant (id),
    instrument_id           BIGINT       NOT NULL REFERENCES instrument (id),
    inspector_id            BIGINT       NOT NULL REFERENCES app_user (id),
    inspected_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    results_format          VARCHAR(10)  NOT NULL,
    results_file_id         BIGINT       NOT NULL REFERENCES evidence_file (id),
    fit_surface_in_tolerance_pct NUMERIC(6,2),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    version                 BIGINT       NOT NULL
);
CREATE INDEX ix_inspection_implant ON dimensional_inspection (implant_id);

CREATE TABLE inspection_characteristic (
    inspection_id           BIGINT        NOT NULL REFERENCES dimensional_inspection (id),
    seq                     INTEGER       NOT NULL,
    name                    VARCHAR(100)  NOT NULL,
    kind                    VARCHAR(20)   NOT NULL,
    nominal_mm              DOUBLE PRECISION,
    lower_tolerance_mm      DOUBLE PRECISION,
    upper_tolerance_mm      DOUBLE PRECISION,
    measured_mm             DOUBLE PRECISION,
    status                  VARCHAR(20)   NOT NULL,
    critical                BOOLEAN       NOT NULL,
    PRIMARY KEY (inspection_id, seq)
);

-- nonconformance ---------------------------------------------------------------------------------------------

CREATE TABLE nonconformance (
    id                      BIGINT PRIMARY KEY,
    ncr_number              VARCHAR(40)   NOT NULL UNIQUE,
    implant_id              BIGINT        NOT NULL REFERENCES implant (id),
    check_id                VARCHAR(40),
    description             VARCHAR(2000) NOT NULL,
    status                  VARCHAR(10)   NOT NULL,
    disposition             VARCHAR(12),
    justification           VARCHAR(2000),
    approval_signature_id   BIGINT        REFERENCES electronic_signature (id),
    opened_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by               VARCHAR(64)   NOT NULL,
    closed_at               TIMESTAMP WITH TIME ZONE,
    closed_by               VARCHAR(64),
    version                 BIGINT        NOT NULL
);
CREATE INDEX ix_ncr_implant ON nonconformance (implant_id);

-- audit: append-only, hash-chained ---------------------------------------------------------------------------

CREATE TABLE audit_entry (
    id                      BIGINT PRIMARY KEY,
    seq                     BIGINT        NOT NULL UNIQUE,
    occurred_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    actor                   VARCHAR(64)   NOT NULL,
    action                  VARCHAR(16)   NOT NULL,
    record_type             VARCHAR(64)   NOT NULL,
    record_id               BIGINT        NOT NULL,
    record_label            VARCHAR(100),
    field_name              VARCHAR(64),
    old_value               VARCHAR(100000),
    new_value               VARCHAR(100000),
    reason                  VARCHAR(2000),
    previous_hash           VARCHAR(64)   NOT NULL,
    entry_hash              VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_audit_record ON audit_entry (record_type, record_id);
CREATE INDEX ix_audit_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_time ON audit_entry (occurred_at);

-- the one row every audit append locks, so that the chain never forks (also across servers)
CREATE TABLE audit_chain_head (
    id                      INTEGER PRIMARY KEY,
    last_seq                BIGINT       NOT NULL,
    last_hash               VARCHAR(64)  NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
