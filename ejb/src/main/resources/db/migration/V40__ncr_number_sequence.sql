-- NCR numbers count up without reuse, independently of record ids (NCR-2026-000123).
CREATE SEQUENCE ncr_number_seq START WITH 1 INCREMENT BY 1;
