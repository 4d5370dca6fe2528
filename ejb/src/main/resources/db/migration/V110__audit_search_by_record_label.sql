-- The audit trail is searched by a record's name or number (serial, lot, build, case, NCR), not only by type and id.
CREATE INDEX ix_audit_label ON audit_entry (record_label);
