-- Every change with who made it (issue #6): the audit trail, and the source of the change feeds.
-- tx is the writing transaction's id: a feed reads only rows of transactions older than every one still running
-- (pg_snapshot_xmin), in (tx, id) order, so a row can never appear behind a cursor that has already passed it.
CREATE TABLE change_log (
    id          BIGSERIAL   PRIMARY KEY,
    tx          XID8        NOT NULL DEFAULT pg_current_xact_id(),
    stream      TEXT        NOT NULL,
    entity_id   TEXT        NOT NULL,
    org_unit    TEXT        NOT NULL,
    change      TEXT        NOT NULL,
    actor       TEXT        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    data        JSONB       NOT NULL
);
CREATE INDEX change_log_entity ON change_log (entity_id, id);
CREATE INDEX change_log_feed ON change_log (stream, tx, id);
