-- A build file holds several implants, each made from its own design: the hash of the design that went into the
-- build file is recorded per placed implant (DES-HASH compares it with the approved design).
ALTER TABLE implant ADD COLUMN build_design_sha256 VARCHAR(64);
