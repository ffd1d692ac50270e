-- report-service's records (schema report_records): what it keeps that is not derived from the topics and so could
-- never be rebuilt from them. Migrated by Flyway from db/records with a history of its own; a rebuild replaces the
-- schema "report" and never touches this one. Back it up with the rest of the database (docs/operations.md).

-- A town's publication (公布) of a year's figures (spec §11.1): what the figures, reports and tables were at that
-- moment, who published them and when. Number 1 is the publication; every later number is a correction (更正) of the
-- one before it, which stays as it was. A publication never changes: see the triggers below.
CREATE TABLE publication (
    id               BIGSERIAL   PRIMARY KEY,
    org_unit         TEXT        NOT NULL,
    year             INT         NOT NULL,
    number           INT         NOT NULL CHECK (number >= 1),
    published_at     TIMESTAMPTZ NOT NULL,
    published_by     TEXT        NOT NULL,
    idempotency_key  TEXT,
    note             TEXT,
    -- A correction names the publication it corrects (number - 1) and the figures it corrects, with the events that
    -- moved them; the first publication corrects nothing.
    corrects         INT         CHECK ((number = 1 AND corrects IS NULL) OR corrects = number - 1),
    corrections      JSON        NOT NULL,
    -- The next offset per topic and partition the figures include: an event at or past it came later.
    positions        JSON        NOT NULL,
    summary          JSON        NOT NULL,
    breakdowns       JSON        NOT NULL,
    officers         JSON        NOT NULL,
    UNIQUE (org_unit, year, number)
);
CREATE UNIQUE INDEX publication_idempotency_key ON publication (org_unit, year, published_by, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- The documents as rendered at publication: the annual report (.md, .html, .docx) and the statistical tables
-- (.xlsx, .csv), byte for byte.
CREATE TABLE publication_file (
    publication_id  BIGINT NOT NULL REFERENCES publication (id),
    name            TEXT   NOT NULL,
    media_type      TEXT   NOT NULL,
    content         BYTEA  NOT NULL,
    sha256          TEXT   NOT NULL,
    PRIMARY KEY (publication_id, name)
);

-- A publication is a record: no UPDATE, DELETE or TRUNCATE of its rows, whoever asks.
CREATE FUNCTION refuse_change_of_record() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a publication (公布) is a record and never changes: % of %.% refused', TG_OP, TG_TABLE_SCHEMA,
        TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END
$$;
CREATE TRIGGER publication_never_changes BEFORE UPDATE OR DELETE ON publication
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_record();
CREATE TRIGGER publication_never_truncated BEFORE TRUNCATE ON publication
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_record();
CREATE TRIGGER publication_file_never_changes BEFORE UPDATE OR DELETE ON publication_file
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_record();
CREATE TRIGGER publication_file_never_truncated BEFORE TRUNCATE ON publication_file
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_record();

-- Between publications and the batches applying events (live and in a rebuild's replay): each batch reads this row
-- FOR SHARE first, a publication updates it first. So a publication waits for the batches under way, no batch
-- commits while it reads the figures, and every batch after it knows the years published (generation moved).
CREATE TABLE publication_gate (
    id          INT    PRIMARY KEY CHECK (id = 1),
    generation  BIGINT NOT NULL
);
INSERT INTO publication_gate (id, generation) VALUES (1, 0);

-- The events applied after a town's year was first published that could have moved its figures: those that moved
-- one of its running figures (moved: figure → amount) and those its figures computed when asked are made of
-- (inspections, officers, certificates, training, exams). GET .../publication/diff names them.
CREATE TABLE late_event (
    org_unit      TEXT        NOT NULL,
    year          INT         NOT NULL,
    event_id      UUID        NOT NULL,
    type          TEXT        NOT NULL,
    subject       TEXT        NOT NULL,
    event_time    TIMESTAMPTZ NOT NULL,
    topic         TEXT        NOT NULL,
    partition     INT         NOT NULL,
    event_offset  BIGINT      NOT NULL,
    applied_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    moved         JSON        NOT NULL,
    PRIMARY KEY (org_unit, year, event_id)
);
