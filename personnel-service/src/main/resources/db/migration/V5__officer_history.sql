-- Every registration and change of an officer, from the day it takes effect, with whether the officer is in an
-- enforcement post from then on: R4.1 asks it of the day of an act (issue #10). Ordered by (effective_on, id).
CREATE TABLE officer_history (
    id                BIGSERIAL   PRIMARY KEY,
    officer_id        UUID        NOT NULL REFERENCES officer (id),
    effective_on      DATE        NOT NULL,
    enforcement_post  BOOLEAN     NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX officer_history_officer ON officer_history (officer_id, effective_on, id);

-- The history so far, from the change log: a registration takes effect on joined_on; a change made before changes
-- were dated, on the day it was made in the town's calendar, as consumers read officer.updated.v1 without
-- effectiveOn.
INSERT INTO officer_history (officer_id, effective_on, enforcement_post, recorded_at)
SELECT o.id,
       CASE WHEN c.change = 'enforcementledger.personnel.officer.registered.v1' THEN o.joined_on
            ELSE GREATEST(o.joined_on, CAST(c.occurred_at AT TIME ZONE 'Asia/Shanghai' AS DATE)) END,
       CAST(c.data ->> 'enforcementPost' AS BOOLEAN),
       c.occurred_at
FROM change_log c
JOIN officer o ON c.entity_id = CAST(o.id AS TEXT)
WHERE c.change IN ('enforcementledger.personnel.officer.registered.v1',
                   'enforcementledger.personnel.officer.updated.v1')
ORDER BY c.id;

-- Officers recorded before the change log: their record as it stands, from the day they joined.
INSERT INTO officer_history (officer_id, effective_on, enforcement_post)
SELECT o.id, o.joined_on, o.enforcement_post
FROM officer o
WHERE NOT EXISTS (SELECT 1 FROM officer_history h WHERE h.officer_id = o.id);
