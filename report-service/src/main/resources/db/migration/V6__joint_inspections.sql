-- Issue #10 item 1 (R8.7, R8.8): a joint inspection is an operation of several enforcement bodies, counted once
-- however many objects it inspected; an inspection is an object with a complete record, and — by default — not one
-- that a case filed in the same year names. Both are counted at read time from these projections.

CREATE TABLE joint_operation (
    operation_id              UUID PRIMARY KEY,
    org_unit                  TEXT    NOT NULL,
    conducted_on              DATE    NOT NULL,
    village_code              TEXT    NOT NULL,
    lead_body_code            TEXT    NOT NULL,
    participating_body_codes  TEXT[]  NOT NULL,
    kind                      TEXT    NOT NULL,
    object_count              INT     NOT NULL,
    enterprise_related        BOOLEAN NOT NULL
);
CREATE INDEX joint_operation_org_unit ON joint_operation (org_unit, conducted_on);

-- Inspections recorded before this version are single objects with a complete record; their joint flag (two or more of
-- the town's departments) never made them joint, so it is not kept.
ALTER TABLE inspection_projection ADD COLUMN joint_operation_id UUID;
ALTER TABLE inspection_projection ADD COLUMN record_complete BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE inspection_projection DROP COLUMN joint;
CREATE INDEX inspection_projection_operation ON inspection_projection (joint_operation_id)
    WHERE joint_operation_id IS NOT NULL;

-- The inspection that found the violation a case was filed for.
ALTER TABLE case_filing ADD COLUMN inspection_id UUID;
CREATE INDEX case_filing_inspection ON case_filing (inspection_id) WHERE inspection_id IS NOT NULL;

-- Counters no longer kept: inspections and annual exams are counted at read time since issue #10.
DELETE FROM annual_figure WHERE figure IN ('inspections.total', 'inspections.joint', 'inspections.enterpriseRelated',
    'personnel.examsTaken', 'personnel.examsPassed');
