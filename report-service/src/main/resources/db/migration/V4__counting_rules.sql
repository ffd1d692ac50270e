-- Issue #10: what the counting rules of 持证率 (§11.5), suspensions, amendments (§11.2 rule 1) and exams (R4.4) need.
-- Rows written before this version keep what they knew; a rebuild (POST /api/v1/reports/rebuild) recounts every event
-- by these rules.

-- The day of the amendment a decision's figures come from, if any: an older amendment delivered again is recognised.
ALTER TABLE decision_projection ADD COLUMN amended_on DATE;
