package org.enforcementledger.cases.patrol;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.enforcementledger.cases.matter.Matter;
import org.enforcementledger.cases.village.Village;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A patrol (巡查) of an area or a route, without a specific inspected object: recorded, never an inspection (R8.8). */
@Entity
@Table(name = "patrol")
public class Patrol extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "org_unit", nullable = false)
    public String orgUnit;

    @Column(name = "conducted_on", nullable = false)
    public LocalDate conductedOn;

    @ManyToOne(optional = false)
    @JoinColumn(name = "village_id")
    public Village village;

    /** The catalogue matter the patrol was under, if one was named. */
    @ManyToOne
    @JoinColumn(name = "matter_id")
    public Matter matter;

    @Column(name = "acting_in_name_of")
    public String actingInNameOf;

    /** The area or route patrolled. */
    @Column(nullable = false)
    public String area;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "officer_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] officerIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "department_codes", nullable = false, columnDefinition = "text[]")
    public String[] departmentCodes;

    public String findings;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] warnings = new String[0];
}
