package org.enforcementledger.personnel.officer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.enforcementledger.personnel.rules.EligibilityRules;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An officer's registration or one of their changes, from the day it takes effect: whether the officer is in an
 * enforcement post from then on, which R4.1 asks of the day of an act.
 */
@Entity
@Table(name = "officer_history")
public class OfficerHistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "officer_id")
    public Officer officer;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(name = "enforcement_post", nullable = false)
    public boolean enforcementPost;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    static OfficerHistoryEntry of(Officer officer, LocalDate effectiveOn) {
        OfficerHistoryEntry entry = new OfficerHistoryEntry();
        entry.officer = officer;
        entry.effectiveOn = effectiveOn;
        entry.enforcementPost = officer.enforcementPost;
        entry.recordedAt = OffsetDateTime.now();
        return entry;
    }

    /** The officer's registration and changes, oldest first: by effective day, then as recorded. */
    static List<OfficerHistoryEntry> ofOfficer(UUID officerId) {
        return list("officer.id = ?1 order by effectiveOn, id", officerId);
    }

    EligibilityRules.PostStep postStep() {
        return new EligibilityRules.PostStep(effectiveOn, enforcementPost);
    }
}
