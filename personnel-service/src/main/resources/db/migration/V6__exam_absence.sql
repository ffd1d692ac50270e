-- Absences from the annual legal exam (R4.4). An officer sat the exam on a day or was absent from it, not both (the
-- service checks it against exam; here one absence per officer, kind and day).
CREATE TABLE exam_absence (
    id           BIGSERIAL   PRIMARY KEY,
    officer_id   UUID        NOT NULL REFERENCES officer (id),
    kind         TEXT        NOT NULL CHECK (kind = 'ANNUAL_LEGAL'),
    held_on      DATE        NOT NULL,
    reason       TEXT,
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (officer_id, kind, held_on)
);
