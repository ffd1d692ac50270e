-- report-service owns the schema "report". Everything here is derived from the event log and can be rebuilt from it.

-- Exactly-once effect: the next offset per partition is committed in the same transaction as the figures it moved.
CREATE TABLE consumer_offset (
    topic        TEXT    NOT NULL,
    partition    INT     NOT NULL,
    next_offset  BIGINT  NOT NULL,
    PRIMARY KEY (topic, partition)
);

-- Event ids already applied: a duplicate published by a producer retry is recognised and skipped.
CREATE TABLE applied_event (
    event_id  UUID PRIMARY KEY
);

CREATE TABLE consumer_state (
    id                  INT PRIMARY KEY CHECK (id = 1),
    events_applied      BIGINT      NOT NULL DEFAULT 0,
    duplicates_skipped  BIGINT      NOT NULL DEFAULT 0,
    dead_lettered       BIGINT      NOT NULL DEFAULT 0,
    last_event_time     TIMESTAMPTZ,
    last_applied_at     TIMESTAMPTZ
);
INSERT INTO consumer_state (id) VALUES (1);

-- Running annual counters and sums per org unit: figure names such as 'personnel.certificatesIssued'.
CREATE TABLE annual_figure (
    org_unit  TEXT           NOT NULL,
    year      INT            NOT NULL,
    figure    TEXT           NOT NULL,
    value     NUMERIC(19, 2) NOT NULL,
    PRIMARY KEY (org_unit, year, figure)
);

-- What report-service knows of each officer, from personnel events.
CREATE TABLE officer_projection (
    officer_id                  UUID PRIMARY KEY,
    org_unit                    TEXT    NOT NULL,
    name                        TEXT    NOT NULL,
    department_code             TEXT    NOT NULL,
    department_kind             TEXT    NOT NULL,
    enforcement_post            BOOLEAN NOT NULL,
    joined_on                   DATE    NOT NULL,
    left_on                     DATE
);

CREATE TABLE certificate_projection (
    number       TEXT PRIMARY KEY,
    officer_id   UUID NOT NULL,
    org_unit     TEXT NOT NULL,
    issued_on    DATE NOT NULL,
    expires_on   DATE NOT NULL,
    status       TEXT NOT NULL
);
CREATE INDEX certificate_projection_officer ON certificate_projection (officer_id);
