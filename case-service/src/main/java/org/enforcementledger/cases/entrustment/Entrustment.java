package org.enforcementledger.cases.entrustment;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import org.enforcementledger.cases.matter.Matter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A written entrustment letter (行政执法委托书) from a district bureau to the town (spec §3, R3.1). */
@Entity
@Table(name = "entrustment")
public class Entrustment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "org_unit", nullable = false)
    public String orgUnit;

    @Column(nullable = false)
    public String number;

    /** The bureau in whose name entrusted acts are done (R3.2). */
    @Column(name = "entrusting_authority", nullable = false)
    public String entrustingAuthority;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    /** The day the letter was published (向社会公布); unpublished letters authorise nothing (R3.1). */
    @Column(name = "published_on")
    public LocalDate publishedOn;

    @ManyToMany
    @JoinTable(name = "entrustment_matter", joinColumns = @JoinColumn(name = "entrustment_id"),
            inverseJoinColumns = @JoinColumn(name = "matter_id"))
    public Set<Matter> matters = new LinkedHashSet<>();

    public static List<Entrustment> covering(Matter matter) {
        return list("select e from Entrustment e join e.matters m where m.id = ?1 order by e.validFrom", matter.id);
    }
}
