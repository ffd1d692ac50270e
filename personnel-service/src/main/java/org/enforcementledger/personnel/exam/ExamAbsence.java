package org.enforcementledger.personnel.exam;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An officer's absence from the annual legal exam (缺考, R4.4): it counts against the 参考率 (§11.5). */
@Entity
@Table(name = "exam_absence")
public class ExamAbsence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "officer_id")
    public Officer officer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExamKind kind;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    public String reason;

    static boolean recordedOn(UUID officerId, ExamKind kind, LocalDate heldOn) {
        return count("officer.id = ?1 and kind = ?2 and heldOn = ?3", officerId, kind, heldOn) > 0;
    }

    static List<ExamAbsence> ofOfficer(UUID officerId) {
        return list("officer.id = ?1 order by heldOn, id", officerId);
    }
}
