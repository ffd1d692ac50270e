package org.enforcementledger.report.personnel;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.enforcementledger.report.consumer.Batch;

/**
 * A batch's changes of officers' posts ({@code officer_post_change}): whether each officer was in an enforcement post
 * from which day. Kept in memory as one value per officer and day and written when the batch ends, each run as one
 * multi-row statement — which may not touch a row twice.
 *
 * <p>
 * A registration says the post from the day the officer joined and is the first word on that day: delivered again
 * after an update of the same day, it changes nothing. An update is the latest word on its day.
 */
final class PostChanges implements Batch.Deferring {

    private record Key(UUID officerId, LocalDate effectiveOn) {
    }

    private static final String COLUMNS = "INSERT INTO officer_post_change (officer_id, effective_on, enforcement_post)"
            + " VALUES (?, ?, ?) ON CONFLICT (officer_id, effective_on) ";

    private final Map<Key, Boolean> registered = new LinkedHashMap<>();
    private final Map<Key, Boolean> updated = new LinkedHashMap<>();

    static PostChanges of(Batch batch) {
        return batch.state(PostChanges.class, PostChanges::new);
    }

    void registered(UUID officerId, LocalDate joinedOn, boolean enforcementPost) {
        registered.putIfAbsent(new Key(officerId, joinedOn), enforcementPost);
    }

    void updated(UUID officerId, LocalDate effectiveOn, boolean enforcementPost) {
        updated.put(new Key(officerId, effectiveOn), enforcementPost);
    }

    @Override
    public void beforeFlush(Batch batch) {
        registered.forEach((key, post) -> {
            if (!updated.containsKey(key)) {
                batch.defer(COLUMNS + "DO NOTHING", key.officerId(), key.effectiveOn(), post);
            }
        });
        updated.forEach((key, post) -> batch.defer(
                COLUMNS + "DO UPDATE SET enforcement_post = EXCLUDED.enforcement_post", key.officerId(),
                key.effectiveOn(), post));
    }
}
