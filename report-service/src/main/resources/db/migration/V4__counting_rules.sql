-- Issue #10: what the counting rules of 持证率 (§11.5), suspensions, amendments (§11.2 rule 1) and exams (R4.4) need.
-- Rows written before this version keep what they knew; a rebuild (POST /api/v1/reports/rebuild) recounts every event
-- by these rules.

-- Whether an officer was in an enforcement post, from which day: from joinedOn at registration, then from each
-- update's effectiveOn (older updates: the day of the event's time). 持证率 counts the officers in a post on the
-- year's last day. Officers known before this version get their post as last reported, from the day they joined.
CREATE TABLE officer_post_change (
    officer_id        UUID    NOT NULL,
    effective_on      DATE    NOT NULL,
    enforcement_post  BOOLEAN NOT NULL,
    PRIMARY KEY (officer_id, effective_on)
);
INSERT INTO officer_post_change (officer_id, effective_on, enforcement_post)
SELECT officer_id, joined_on, enforcement_post FROM officer_projection;

-- A status change carries the id of its certificate history row (changeId) since issue #10; older ones have none.
ALTER TABLE certificate_status_change ADD COLUMN change_id BIGINT UNIQUE;

-- The day of the amendment a decision's figures come from, if any: an older amendment delivered again is recognised.
ALTER TABLE decision_projection ADD COLUMN amended_on DATE;
