package org.enforcementledger.personnel.exam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An exam an officer sat (考试记录). */
@Entity
@Table(name = "exam")
public class Exam extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "officer_id")
    public Officer officer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExamKind kind;

    @Column(name = "taken_on", nullable = false)
    public LocalDate takenOn;

    @Column(nullable = false)
    public BigDecimal score;

    @Column(nullable = false)
    public boolean passed;

    /** The day the officer first passed an exam of this kind, if ever (§4.1 asks it of the qualification exam). */
    public static Optional<LocalDate> firstPassedOn(UUID officerId, ExamKind kind) {
        return Optional.ofNullable(getEntityManager().createQuery("select min(takenOn) from Exam "
                + "where officer.id = ?1 and kind = ?2 and passed = true", LocalDate.class)
                .setParameter(1, officerId).setParameter(2, kind).getSingleResult());
    }

    public static List<Exam> ofOfficer(UUID officerId) {
        return list("officer.id = ?1 order by takenOn, id", officerId);
    }
}
