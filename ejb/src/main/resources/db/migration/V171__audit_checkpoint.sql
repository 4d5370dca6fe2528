-- Signed checkpoints of the audit chain: the chain's last entry and hash at a moment, as a statement signed with the
-- installation's signing key (detached CMS), kept so that a regulator can download one now and check it later.
CREATE TABLE audit_checkpoint (
    id                      BIGINT PRIMARY KEY,
    seq                     BIGINT        NOT NULL,
    entry_hash              VARCHAR(64)   NOT NULL,
    signed_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_by               VARCHAR(64)   NOT NULL,
    statement               VARCHAR(2000) NOT NULL,
    signature               BYTEA         NOT NULL
);
CREATE INDEX ix_audit_checkpoint_seq ON audit_checkpoint (seq);
