-- implant_document_version: every implant card and Annex XIII statement handed out. They are rendered and signed on
-- demand (each generation signed anew, so each has its own bytes); every generation is kept with its SHA-256 so that
-- the public verification recognises any copy in circulation, as it does every version of a certificate. Never
-- changed or deleted. renew_before is when the certificate of the version's last document timestamp expires (empty:
-- no document timestamp).

CREATE TABLE implant_document_version (
    id                      BIGINT        PRIMARY KEY,
    implant_id              BIGINT        NOT NULL REFERENCES implant (id),
    kind                    VARCHAR(32)   NOT NULL,
    template_version        VARCHAR(64)   NOT NULL,
    pdf                     BYTEA         NOT NULL,
    sha256                  VARCHAR(64)   NOT NULL,
    renew_before            TIMESTAMP WITH TIME ZONE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL
);
CREATE INDEX ix_implant_document_version_sha256 ON implant_document_version (sha256);
CREATE INDEX ix_implant_document_version_implant ON implant_document_version (implant_id);
