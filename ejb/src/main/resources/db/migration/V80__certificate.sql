-- certificate: the signed PDF/A-3 release certificate of a released implant, exactly as issued. A certificate is
-- never changed except for its status (SUPERSEDED by a newer one, or REVOKED with a reason).

CREATE TABLE release_certificate (
    id                      BIGINT        PRIMARY KEY,
    implant_id              BIGINT        NOT NULL REFERENCES implant (id),
    decision_id             BIGINT        NOT NULL REFERENCES release_decision (id),
    serial_number           VARCHAR(64)   NOT NULL,
    certificate_number      VARCHAR(100)  NOT NULL UNIQUE,
    pdf                     BYTEA         NOT NULL,
    sha256                  VARCHAR(64)   NOT NULL,
    template_version        VARCHAR(40)   NOT NULL,
    issued_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    revoked_reason          VARCHAR(2000),
    revoked_at              TIMESTAMP WITH TIME ZONE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL
);
CREATE INDEX ix_release_certificate_serial ON release_certificate (serial_number, issued_at);
CREATE INDEX ix_release_certificate_sha256 ON release_certificate (sha256);
