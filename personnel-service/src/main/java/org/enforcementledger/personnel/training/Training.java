package org.enforcementledger.personnel.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.enforcementledger.personnel.officer.Officer;
import org.enforcementledger.personnel.rules.TrainingCategory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Class hours of training an officer completed (培训记录), counted in the calendar year of completion. */
@Entity
@Table(name = "training")
public class Training extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "officer_id")
    public Officer officer;

    @Column(nullable = false)
    public String course;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrainingCategory category;

    @Column(nullable = false)
    public BigDecimal hours;

    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;

    @Column(nullable = false)
    public String provider;

    public static List<Training> ofOfficerInYear(UUID officerId, int year) {
        return list("officer.id = ?1 and completedOn >= ?2 and completedOn <= ?3 order by completedOn, id", officerId,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
