-- R4.2: the full history of every certificate (issue, suspension, reinstatement, annual reviews, cancellation,
-- revocation), in the order recorded.
CREATE TABLE certificate_history (
    id              BIGSERIAL PRIMARY KEY,
    certificate_id  BIGINT      NOT NULL REFERENCES certificate (id),
    action          TEXT        NOT NULL,
    effective_on    DATE        NOT NULL,
    reason          TEXT,
    status_after    TEXT        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX certificate_history_certificate ON certificate_history (certificate_id, id);

-- Qualification exams (资格考试, needed before a certificate is issued) and the annual legal exam (年度学法考试, R4.4).
CREATE TABLE exam (
    id           BIGSERIAL PRIMARY KEY,
    officer_id   UUID          NOT NULL REFERENCES officer (id),
    kind         TEXT          NOT NULL CHECK (kind IN ('QUALIFICATION', 'ANNUAL_LEGAL')),
    taken_on     DATE          NOT NULL,
    score        NUMERIC(5, 1) NOT NULL CHECK (score >= 0 AND score <= 100),
    passed       BOOLEAN       NOT NULL,
    recorded_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX exam_officer ON exam (officer_id, taken_on);

-- Training records (R4.3): at least 60 class hours a year across the three categories.
CREATE TABLE training (
    id            BIGSERIAL PRIMARY KEY,
    officer_id    UUID          NOT NULL REFERENCES officer (id),
    course        TEXT          NOT NULL,
    category      TEXT          NOT NULL CHECK (category IN ('PUBLIC_LAW', 'BUSINESS', 'ENFORCEMENT_SKILLS')),
    hours         NUMERIC(4, 1) NOT NULL CHECK (hours > 0 AND hours <= 24),
    completed_on  DATE          NOT NULL,
    provider      TEXT          NOT NULL,
    recorded_at   TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX training_officer ON training (officer_id, completed_on);
