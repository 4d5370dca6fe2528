-- revocation and recall: a QA manager revokes one certificate (an e-signature meaning REVOCATION), or recalls a
-- powder lot, separation-plate lot, build or heat-treatment run: the forward trace finds every implant made from it,
-- and all their certificates in force are revoked in one transaction under one e-signature meaning RECALL.
-- A revoked certificate keeps its bytes; it records who revoked it, under which signature, and which recall.

ALTER TABLE release_certificate ADD COLUMN revoked_by VARCHAR(64);
ALTER TABLE release_certificate ADD COLUMN revocation_signature_id BIGINT;
ALTER TABLE release_certificate ADD COLUMN recall_id BIGINT;
ALTER TABLE release_certificate ADD CONSTRAINT fk_release_certificate_revocation_signature
    FOREIGN KEY (revocation_signature_id) REFERENCES electronic_signature (id);

-- signature_id is set in the transaction that creates the recall (the signature names the recall's id), so it is
-- never null once committed
CREATE TABLE recall (
    id                      BIGINT        PRIMARY KEY,
    origin_kind             VARCHAR(30)   NOT NULL,
    origin_key              VARCHAR(200)  NOT NULL,
    reason                  VARCHAR(2000) NOT NULL,
    content_sha256          VARCHAR(64)   NOT NULL,
    signature_id            BIGINT        REFERENCES electronic_signature (id),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL
);
CREATE INDEX ix_recall_origin ON recall (origin_kind, origin_key);

-- every implant a recall reached, with the status it had and the certificate the recall revoked (if one was in force)
CREATE TABLE recall_implant (
    recall_id               BIGINT        NOT NULL REFERENCES recall (id),
    implant_id              BIGINT        NOT NULL REFERENCES implant (id),
    serial_number           VARCHAR(64)   NOT NULL,
    previous_status         VARCHAR(20)   NOT NULL,
    certificate_number      VARCHAR(100),
    via                     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (recall_id, implant_id)
);

ALTER TABLE release_certificate ADD CONSTRAINT fk_release_certificate_recall
    FOREIGN KEY (recall_id) REFERENCES recall (id);
