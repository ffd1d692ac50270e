-- Personnel projections: what report-service knows of officers, certificates, training and exams, from events only.

ALTER TABLE officer_projection ADD COLUMN position TEXT NOT NULL DEFAULT '';
ALTER TABLE officer_projection ADD COLUMN status TEXT NOT NULL DEFAULT 'ACTIVE';
ALTER TABLE officer_projection ADD COLUMN departure_reason TEXT;
CREATE INDEX officer_projection_org_unit ON officer_projection (org_unit);

-- Every status a certificate took and from which day (issue, suspension, reinstatement, reviews, cancellation,
-- revocation), in the order applied: "holding a valid certificate on 31 December" is read from it.
CREATE TABLE certificate_status_change (
    seq           BIGSERIAL PRIMARY KEY,
    number        TEXT NOT NULL,
    effective_on  DATE NOT NULL,
    status        TEXT NOT NULL
);
CREATE INDEX certificate_status_change_number ON certificate_status_change (number, effective_on, seq);
CREATE INDEX certificate_projection_org_unit ON certificate_projection (org_unit, issued_on, expires_on);

CREATE TABLE training_projection (
    training_id   BIGINT PRIMARY KEY,
    officer_id    UUID           NOT NULL,
    org_unit      TEXT           NOT NULL,
    category      TEXT           NOT NULL,
    hours         NUMERIC(4, 1)  NOT NULL,
    completed_on  DATE           NOT NULL
);
CREATE INDEX training_projection_officer_year ON training_projection (org_unit, officer_id, completed_on);

CREATE TABLE exam_projection (
    exam_id     BIGINT PRIMARY KEY,
    officer_id  UUID          NOT NULL,
    org_unit    TEXT          NOT NULL,
    kind        TEXT          NOT NULL,
    taken_on    DATE          NOT NULL,
    score       NUMERIC(5, 1) NOT NULL,
    passed      BOOLEAN       NOT NULL
);
CREATE INDEX exam_projection_officer ON exam_projection (org_unit, officer_id, taken_on);
