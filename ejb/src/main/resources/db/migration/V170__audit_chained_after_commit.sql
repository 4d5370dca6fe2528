-- The audit chain's head is no longer held by writers. An entry is written unchained (no seq, no hashes) in the
-- transaction of the change it describes and chained shortly after that transaction commits, by one short chaining
-- step at a time (org.implantdhr.audit.control.AuditChaining, which alone locks audit_chain_head). Entries chained
-- before this migration keep their seq and hashes: the hash formula is unchanged.
ALTER TABLE audit_entry ALTER COLUMN seq DROP NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN previous_hash DROP NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN entry_hash DROP NOT NULL;
