-- Case projections: what report-service knows of cases, decisions, reviews, inspections, coercion and expropriation,
-- from case.events only. Each fact is keyed by its own id so that an event delivered again under a new event id is
-- recognised and moves no figure twice.

CREATE TABLE case_filing (
    case_id           UUID PRIMARY KEY,
    org_unit          TEXT   NOT NULL,
    filed_on          DATE   NOT NULL,
    matter_code       TEXT   NOT NULL,
    matter_source     TEXT   NOT NULL,
    village_code      TEXT   NOT NULL,
    department_codes  TEXT[] NOT NULL
);
CREATE INDEX case_filing_org_unit ON case_filing (org_unit, filed_on);

CREATE TABLE case_closure (
    case_id    UUID PRIMARY KEY,
    org_unit   TEXT NOT NULL,
    closed_on  DATE NOT NULL
);

-- The decision of each case as it now stands: an amendment subtracts this row's contribution from the figures, then
-- replaces it. heaviest_kind is null for a penalty decision that lists no penalty.
CREATE TABLE decision_projection (
    case_id            UUID PRIMARY KEY,
    org_unit           TEXT           NOT NULL,
    decided_on         DATE           NOT NULL,
    outcome            TEXT           NOT NULL,
    heaviest_kind      TEXT,
    fine_total         NUMERIC(19, 2) NOT NULL,
    confiscation_total NUMERIC(19, 2) NOT NULL,
    matter_code        TEXT           NOT NULL,
    matter_source      TEXT           NOT NULL,
    village_code       TEXT           NOT NULL,
    department_codes   TEXT[]         NOT NULL
);
CREATE INDEX decision_projection_org_unit ON decision_projection (org_unit, decided_on);

CREATE TABLE review_filing (
    review_id  UUID PRIMARY KEY,
    case_id    UUID NOT NULL,
    org_unit   TEXT NOT NULL,
    kind       TEXT NOT NULL,
    filed_on   DATE NOT NULL
);
CREATE INDEX review_filing_case ON review_filing (case_id);

CREATE TABLE review_conclusion (
    review_id     UUID    PRIMARY KEY,
    case_id       UUID    NOT NULL,
    org_unit      TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    outcome       TEXT    NOT NULL,
    concluded_on  DATE    NOT NULL,
    corrected     BOOLEAN NOT NULL
);

CREATE TABLE inspection_projection (
    inspection_id       UUID PRIMARY KEY,
    org_unit            TEXT    NOT NULL,
    conducted_on        DATE    NOT NULL,
    matter_code         TEXT    NOT NULL,
    matter_source       TEXT    NOT NULL,
    village_code        TEXT    NOT NULL,
    department_codes    TEXT[]  NOT NULL,
    joint               BOOLEAN NOT NULL,
    enterprise_related  BOOLEAN NOT NULL
);
CREATE INDEX inspection_projection_org_unit ON inspection_projection (org_unit, conducted_on);

CREATE TABLE coercive_measure_projection (
    measure_id  UUID PRIMARY KEY,
    case_id     UUID NOT NULL,
    org_unit    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    applied_on  DATE NOT NULL
);

CREATE TABLE expropriation_projection (
    expropriation_id  UUID PRIMARY KEY,
    org_unit          TEXT NOT NULL,
    kind              TEXT NOT NULL,
    recorded_on       DATE NOT NULL
);
