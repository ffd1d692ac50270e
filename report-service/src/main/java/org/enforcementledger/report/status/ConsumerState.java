package org.enforcementledger.report.status;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The consumer's running totals, updated in each batch transaction (read-only here). */
@Entity
@Table(name = "consumer_state")
public class ConsumerState extends PanacheEntityBase {

    @Id
    public int id;

    @Column(name = "events_applied")
    public long eventsApplied;

    @Column(name = "duplicates_skipped")
    public long duplicatesSkipped;

    @Column(name = "dead_lettered")
    public long deadLettered;

    @Column(name = "last_event_time")
    public OffsetDateTime lastEventTime;

    @Column(name = "last_applied_at")
    public OffsetDateTime lastAppliedAt;

    public static ConsumerState current() {
        return findById(1);
    }
}
