-- The district platform's own id of a case or an inspection (issue #6): optional, and unique within a town, so that a
-- record sent twice (a retry, an import uploaded again) is recorded once. The unique index is the last line of
-- defence against two concurrent creates with the same reference.
ALTER TABLE case_file ADD COLUMN external_ref TEXT CHECK (char_length(external_ref) BETWEEN 1 AND 100);
CREATE UNIQUE INDEX case_file_external_ref ON case_file (org_unit, external_ref) WHERE external_ref IS NOT NULL;

ALTER TABLE inspection ADD COLUMN external_ref TEXT CHECK (char_length(external_ref) BETWEEN 1 AND 100);
CREATE UNIQUE INDEX inspection_external_ref ON inspection (org_unit, external_ref) WHERE external_ref IS NOT NULL;
