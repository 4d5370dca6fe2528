-- certificate_version: every version of a release certificate's bytes. Version 1 is the certificate as issued
-- (its bytes stay in release_certificate.pdf); each renewal of its archive timestamp (PAdES B-LTA) appends a
-- document timestamp and so makes a new version with its own bytes and SHA-256. Versions are never changed or
-- deleted: each stays recognisable by its SHA-256. renew_before is when the certificate of the version's last
-- document timestamp expires (empty: no document timestamp, nothing to renew).

CREATE TABLE certificate_version (
    id                      BIGINT        PRIMARY KEY,
    certificate_id          BIGINT        NOT NULL REFERENCES release_certificate (id),
    version_number          INTEGER       NOT NULL,
    pdf                     BYTEA,
    sha256                  VARCHAR(64)   NOT NULL,
    renew_before            TIMESTAMP WITH TIME ZONE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT uq_certificate_version UNIQUE (certificate_id, version_number)
);
CREATE INDEX ix_certificate_version_sha256 ON certificate_version (sha256);
CREATE INDEX ix_certificate_version_renew_before ON certificate_version (renew_before);
