-- Safe retries (issue #6, item 5), as personnel-service's V4: one row per Idempotency-Key of a caller (org unit + user).
-- (V4 is unused in this service's history; V6 follows V5__external_refs.sql.)
-- The row is inserted (ON CONFLICT DO NOTHING) before the handler runs and completed with the response in the handler's
-- own transaction, so a committed row always carries the response of a committed change, and a failed request leaves
-- no row (its transaction rolls back). POST /api/v1/imports stores no row (its rows commit one by one and are
-- recognised again by externalRef; see idempotency/AcceptsIdempotencyKey.Mode).
-- Rows older than ledger.idempotency.retention (24 h) are purged.
CREATE TABLE idempotency_key (
    org_unit        TEXT        NOT NULL,
    actor           TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    -- hex SHA-256 of method, path (with query) and body bytes
    fingerprint     TEXT        NOT NULL,
    method          TEXT        NOT NULL,
    path            TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- the stored response; NULL only inside the transaction that reserved the key
    status_code     INTEGER,
    location        TEXT,
    content_type    TEXT,
    body            TEXT,
    PRIMARY KEY (org_unit, actor, idempotency_key),
    CONSTRAINT idempotency_key_length CHECK (char_length(idempotency_key) BETWEEN 1 AND 200)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
