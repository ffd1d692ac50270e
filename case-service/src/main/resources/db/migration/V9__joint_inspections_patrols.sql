-- Joint inspections and patrols (R8.7, R8.8; issue #10, item 1).

-- The register of enforcement bodies (执法主体): reference data kept by the town's admin, like villages. The town itself
-- is one body — its offices and brigade included — and is not registered here: its code is the town's org-unit code.
CREATE TABLE enforcement_body (
    id        BIGSERIAL PRIMARY KEY,
    org_unit  TEXT NOT NULL,
    code      TEXT NOT NULL,
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('DISTRICT_BUREAU', 'FIRE_RESCUE', 'NEIGHBOURING_TOWN', 'OTHER')),
    UNIQUE (org_unit, code)
);

-- A joint inspection (联合检查行动): one operation of two or more bodies — a lead and participants — with one shared
-- checklist, and one inspection per inspected object (inspection.joint_inspection_id).
CREATE TABLE joint_inspection (
    id                        UUID PRIMARY KEY,
    org_unit                  TEXT    NOT NULL,
    conducted_on              DATE    NOT NULL,
    lead_body_code            TEXT    NOT NULL,
    participating_body_codes  TEXT[]  NOT NULL CHECK (cardinality(participating_body_codes) >= 1),
    matter_codes              TEXT[]  NOT NULL CHECK (cardinality(matter_codes) >= 1),
    checklist                 TEXT[]  NOT NULL CHECK (cardinality(checklist) >= 1),
    village_id                BIGINT  NOT NULL REFERENCES village (id),
    kind                      TEXT    NOT NULL CHECK (kind IN ('ROUTINE', 'CASE', 'SPECIAL')),
    officer_ids               UUID[]  NOT NULL,
    department_codes          TEXT[]  NOT NULL,
    enterprise_related        BOOLEAN NOT NULL,
    warnings                  TEXT[]  NOT NULL DEFAULT '{}'
);
CREATE INDEX joint_inspection_org_unit_day ON joint_inspection (org_unit, conducted_on);

ALTER TABLE inspection ADD COLUMN joint_inspection_id UUID REFERENCES joint_inspection (id);
-- One record per inspected object in an operation: the last line of defence behind the operation's row lock.
CREATE UNIQUE INDEX inspection_joint_object ON inspection (joint_inspection_id, target_kind, target_name)
    WHERE joint_inspection_id IS NOT NULL;
-- A record without findings is kept; it is not a complete record, and so not counted as an inspection (R8.8).
ALTER TABLE inspection ALTER COLUMN findings DROP NOT NULL;
-- "joint" now means an object of a joint operation. No inspection recorded before was one: it was joint for two or more
-- department codes, and the town's departments are one body.
UPDATE inspection SET joint = false;
ALTER TABLE inspection ADD CONSTRAINT inspection_joint_of_operation CHECK (joint = (joint_inspection_id IS NOT NULL));

-- A patrol (巡查) without a specific object: recorded, never an inspection (R8.8).
CREATE TABLE patrol (
    id                 UUID PRIMARY KEY,
    org_unit           TEXT   NOT NULL,
    conducted_on       DATE   NOT NULL,
    village_id         BIGINT NOT NULL REFERENCES village (id),
    matter_id          BIGINT REFERENCES matter (id),
    acting_in_name_of  TEXT,
    area               TEXT   NOT NULL,
    officer_ids        UUID[] NOT NULL,
    department_codes   TEXT[] NOT NULL,
    findings           TEXT,
    warnings           TEXT[] NOT NULL DEFAULT '{}'
);
CREATE INDEX patrol_org_unit_day ON patrol (org_unit, conducted_on);

-- The inspection that found a case's violation: R8.8 counts such an inspection under the case.
ALTER TABLE case_file ADD COLUMN inspection_id UUID REFERENCES inspection (id);
