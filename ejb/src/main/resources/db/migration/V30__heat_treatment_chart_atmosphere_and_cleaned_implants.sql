-- The atmosphere the chart recorded (VACUUM_MBAR or DEW_POINT_C), beside the atmosphere the run declared
-- (VACUUM or ARGON): the release rules read the trace in its own unit, and a run without one is MISSING.
ALTER TABLE heat_treatment_run ADD COLUMN atmosphere_trace VARCHAR(20);

-- The implants that went through a cleaning run (results per implant may come later, from a laboratory).
CREATE TABLE cleaning_run_implant (
    cleaning_run_id         BIGINT       NOT NULL REFERENCES cleaning_run (id),
    implant_id              BIGINT       NOT NULL REFERENCES implant (id),
    PRIMARY KEY (cleaning_run_id, implant_id)
);
CREATE INDEX ix_cleaning_run_implant ON cleaning_run_implant (implant_id);
