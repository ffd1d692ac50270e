-- Absences from the annual legal exam (R4.4, exam.absence-recorded.v1): an officer recorded absent was expected to sit.
CREATE TABLE exam_absence (
    absence_id  BIGINT PRIMARY KEY,
    officer_id  UUID NOT NULL,
    org_unit    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    held_on     DATE NOT NULL
);
CREATE INDEX exam_absence_officer ON exam_absence (org_unit, officer_id, held_on);
