-- The enforcement catalogue (执法事项清单, spec §2) and entrustment letters (行政执法委托书, spec §3).
CREATE TABLE matter (
    id                   BIGSERIAL PRIMARY KEY,
    org_unit             TEXT NOT NULL,
    code                 TEXT NOT NULL,
    name                 TEXT NOT NULL,
    act_type             TEXT NOT NULL CHECK (act_type IN ('PENALTY', 'INSPECTION', 'COERCION', 'EXPROPRIATION', 'OTHER')),
    source               TEXT NOT NULL CHECK (source IN ('STATUTORY', 'DEVOLVED', 'ENTRUSTED')),
    original_department  TEXT,
    legal_basis          TEXT NOT NULL,
    effective_from       DATE NOT NULL,
    effective_to         DATE,
    UNIQUE (org_unit, code),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

CREATE TABLE entrustment (
    id                   BIGSERIAL PRIMARY KEY,
    org_unit             TEXT NOT NULL,
    number               TEXT NOT NULL,
    entrusting_authority TEXT NOT NULL,
    valid_from           DATE NOT NULL,
    valid_until          DATE NOT NULL,
    published_on         DATE,
    UNIQUE (org_unit, number),
    CHECK (valid_until >= valid_from)
);
CREATE TABLE entrustment_matter (
    entrustment_id  BIGINT NOT NULL REFERENCES entrustment (id),
    matter_id       BIGINT NOT NULL REFERENCES matter (id),
    PRIMARY KEY (entrustment_id, matter_id)
);

-- Who may act (R4.1): a replica of personnel-service's officers and certificates, kept from personnel.events so that
-- case-service keeps working while personnel-service is down.
CREATE TABLE officer_replica (
    officer_id                  UUID PRIMARY KEY,
    org_unit                    TEXT    NOT NULL,
    name                        TEXT    NOT NULL,
    department_code             TEXT    NOT NULL,
    department_kind             TEXT    NOT NULL,
    legal_profession_qualified  BOOLEAN NOT NULL,
    left_on                     DATE
);
CREATE TABLE certificate_replica (
    number      TEXT PRIMARY KEY,
    officer_id  UUID NOT NULL,
    issued_on   DATE NOT NULL,
    expires_on  DATE NOT NULL
);
CREATE INDEX certificate_replica_officer ON certificate_replica (officer_id);
CREATE TABLE certificate_replica_status (
    seq           BIGSERIAL PRIMARY KEY,
    number        TEXT NOT NULL,
    effective_on  DATE NOT NULL,
    status        TEXT NOT NULL
);
CREATE INDEX certificate_replica_status_number ON certificate_replica_status (number, effective_on, seq);
CREATE TABLE replica_offset (
    topic        TEXT   NOT NULL,
    partition    INT    NOT NULL,
    next_offset  BIGINT NOT NULL,
    PRIMARY KEY (topic, partition)
);

-- Penalty cases (行政处罚案件, spec §5).
CREATE TABLE case_file (
    id                     UUID PRIMARY KEY,
    org_unit               TEXT        NOT NULL,
    matter_id              BIGINT      NOT NULL REFERENCES matter (id),
    village_id             BIGINT      NOT NULL REFERENCES village (id),
    party_kind             TEXT        NOT NULL CHECK (party_kind IN ('PERSON', 'ORGANIZATION')),
    party_name             TEXT        NOT NULL,
    party_id_number        TEXT        NOT NULL,
    procedure              TEXT        NOT NULL CHECK (procedure IN ('SIMPLE', 'GENERAL')),
    filed_on               DATE        NOT NULL,
    violation_on           DATE        NOT NULL,
    serious_harm           BOOLEAN     NOT NULL,
    summary                TEXT        NOT NULL,
    officer_ids            UUID[]      NOT NULL,
    department_codes       TEXT[]      NOT NULL,
    acting_in_name_of      TEXT,
    entrustment_number     TEXT,
    time_limit_extension_days INT      NOT NULL DEFAULT 0,
    status                 TEXT        NOT NULL CHECK (status IN ('FILED', 'DECIDED', 'CLOSED')),
    version                BIGINT      NOT NULL DEFAULT 0,
    created_at             TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX case_file_org_unit_filed ON case_file (org_unit, filed_on);

CREATE TABLE case_history (
    id            BIGSERIAL PRIMARY KEY,
    case_id       UUID        NOT NULL REFERENCES case_file (id),
    action        TEXT        NOT NULL,
    effective_on  DATE        NOT NULL,
    detail        TEXT,
    recorded_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX case_history_case ON case_history (case_id, id);

-- One decision per case: the unique key is the last line of defence against a double submission.
CREATE TABLE decision (
    id                  BIGSERIAL PRIMARY KEY,
    case_id             UUID           NOT NULL UNIQUE REFERENCES case_file (id),
    decided_on          DATE           NOT NULL,
    outcome             TEXT           NOT NULL CHECK (outcome IN ('PENALTY', 'NO_PENALTY')),
    hearing_offered_on  DATE,
    hearing_held        BOOLEAN        NOT NULL,
    reviewer_officer_id UUID,
    reviewed_on         DATE,
    review_passed       BOOLEAN,
    fine_total          NUMERIC(14, 2) NOT NULL,
    confiscation_total  NUMERIC(14, 2) NOT NULL,
    amended_on          DATE,
    closed_on           DATE,
    closure_reason      TEXT
);
CREATE TABLE penalty (
    decision_id  BIGINT         NOT NULL REFERENCES decision (id),
    position     INT            NOT NULL,
    kind         TEXT           NOT NULL,
    amount       NUMERIC(14, 2),
    PRIMARY KEY (decision_id, position)
);

CREATE TABLE review (
    id          UUID PRIMARY KEY,
    case_id     UUID NOT NULL REFERENCES case_file (id),
    kind        TEXT NOT NULL CHECK (kind IN ('RECONSIDERATION', 'LITIGATION')),
    filed_on    DATE NOT NULL,
    outcome     TEXT,
    decided_on  DATE
);
CREATE INDEX review_case ON review (case_id);

-- Administrative inspections (行政检查, spec §8); joint when two or more departments or bodies take part (R8.7).
CREATE TABLE inspection (
    id                  UUID PRIMARY KEY,
    org_unit            TEXT    NOT NULL,
    conducted_on        DATE    NOT NULL,
    matter_id           BIGINT  NOT NULL REFERENCES matter (id),
    village_id          BIGINT  NOT NULL REFERENCES village (id),
    kind                TEXT    NOT NULL CHECK (kind IN ('ROUTINE', 'CASE', 'SPECIAL')),
    department_codes    TEXT[]  NOT NULL,
    officer_ids         UUID[]  NOT NULL,
    target_kind         TEXT    NOT NULL CHECK (target_kind IN ('PERSON', 'ORGANIZATION')),
    target_name         TEXT    NOT NULL,
    enterprise_related  BOOLEAN NOT NULL,
    joint               BOOLEAN NOT NULL,
    findings            TEXT    NOT NULL,
    acting_in_name_of   TEXT
);
CREATE INDEX inspection_org_unit_day ON inspection (org_unit, conducted_on);

-- Coercive measures (行政强制措施, spec §7) and expropriations/requisitions (行政征收/征用).
CREATE TABLE coercive_measure (
    id           UUID PRIMARY KEY,
    case_id      UUID    NOT NULL REFERENCES case_file (id),
    kind         TEXT    NOT NULL CHECK (kind IN ('SEAL', 'SEIZE', 'FREEZE', 'OTHER')),
    applied_on   DATE    NOT NULL,
    days         INT     NOT NULL CHECK (days > 0),
    officer_ids  UUID[]  NOT NULL
);
CREATE TABLE expropriation (
    id           UUID PRIMARY KEY,
    org_unit     TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('EXPROPRIATION', 'REQUISITION')),
    recorded_on  DATE NOT NULL,
    description  TEXT NOT NULL
);
