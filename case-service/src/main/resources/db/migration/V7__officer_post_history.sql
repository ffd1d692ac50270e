-- Who may act (R4.1) depends on the post too (issue #10, item 8): an officer moved out of an enforcement post may not
-- act from the day the move takes effect. One row per officer.registered.v1 (from joinedOn) and officer.updated.v1
-- (from effectiveOn, or the event's day on events without it): the officer's enforcementPost from that day on. The
-- latest row on or before a day, in (effective_on, seq) order, is the post that day.
CREATE TABLE officer_replica_post (
    seq               BIGSERIAL PRIMARY KEY,
    officer_id        UUID    NOT NULL,
    effective_on      DATE    NOT NULL,
    enforcement_post  BOOLEAN NOT NULL
);
CREATE INDEX officer_replica_post_officer ON officer_replica_post (officer_id, effective_on, seq);

-- The replica never kept enforcementPost. personnel.events keeps its whole history (retention.ms=-1), so read it again
-- from the beginning to build the post history: every event applies idempotently, and the rows kept meanwhile go on
-- answering (an officer without post rows yet counts as in post, as before).
DELETE FROM replica_offset;
