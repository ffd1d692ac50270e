-- personnel-service owns the schema "personnel" (Flyway creates it and sets the search path).

CREATE TABLE department (
    id          BIGSERIAL PRIMARY KEY,
    org_unit    TEXT        NOT NULL,
    code        TEXT        NOT NULL,
    name        TEXT        NOT NULL,
    kind        TEXT        NOT NULL CHECK (kind IN ('BUSINESS_OFFICE', 'ENFORCEMENT_BRIGADE')),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (org_unit, code)
);

CREATE TABLE officer (
    id                          UUID PRIMARY KEY,
    org_unit                    TEXT        NOT NULL,
    name                        TEXT        NOT NULL,
    department_id               BIGINT      NOT NULL REFERENCES department (id),
    position                    TEXT        NOT NULL,
    enforcement_post            BOOLEAN     NOT NULL,
    legal_profession_qualified  BOOLEAN     NOT NULL,
    joined_on                   DATE        NOT NULL,
    left_on                     DATE,
    departure_reason            TEXT,
    status                      TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'DEPARTED')),
    version                     BIGINT      NOT NULL DEFAULT 0,
    created_at                  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX officer_org_unit_department ON officer (org_unit, department_id);

CREATE TABLE certificate (
    id                 BIGSERIAL PRIMARY KEY,
    number             TEXT        NOT NULL UNIQUE,
    officer_id         UUID        NOT NULL REFERENCES officer (id),
    org_unit           TEXT        NOT NULL,
    issuing_authority  TEXT        NOT NULL,
    issued_on          DATE        NOT NULL,
    expires_on         DATE        NOT NULL,
    domains            TEXT[]      NOT NULL,
    status             TEXT        NOT NULL CHECK (status IN ('VALID', 'SUSPENDED', 'CANCELLED', 'REVOKED')),
    version            BIGINT      NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (expires_on > issued_on)
);
CREATE INDEX certificate_officer ON certificate (officer_id);

-- Transactional outbox: rows are written with the change they describe and published by the relay after commit.
CREATE TABLE outbox_event (
    seq           BIGSERIAL PRIMARY KEY,
    event_id      UUID        NOT NULL UNIQUE,
    topic         TEXT        NOT NULL,
    message_key   TEXT        NOT NULL,
    event_type    TEXT        NOT NULL,
    payload       TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    published_at  TIMESTAMPTZ
);
CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published_at ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- NOTIFY is delivered only when the inserting transaction commits: it wakes the relay for committed events only.
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('personnel_outbox', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER outbox_event_notify AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();
