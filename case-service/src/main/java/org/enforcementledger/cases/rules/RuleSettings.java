package org.enforcementledger.cases.rules;

import java.math.BigDecimal;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Local policy that the spec asks to keep configurable, with its values as defaults ({@code ledger.rules.*}).
 */
@ConfigMapping(prefix = "ledger.rules")
public interface RuleSettings {

    /** How the "1+1" composition (spec §4.5) is applied. */
    enum OnePlusOne {
        /** Refuse a team without one business-office and one brigade officer. */
        ENFORCE,
        /** Accept it, and say so in the response and the log. */
        WARN
    }

    @WithDefault("ENFORCE")
    OnePlusOne onePlusOne();

    /** How R8.3 treats a matter catalogued before publications were recorded whose publication is still unrecorded. */
    enum UnrecordedPublication {
        /** Accept acts under it, each with a warning, until its publication is recorded. */
        WARN,
        /** Refuse them, as acts under any unpublished matter. */
        ENFORCE
    }

    @WithDefault("WARN")
    UnrecordedPublication unrecordedPublication();

    /** §5.2: no penalty if the act was not discovered within this many years. */
    @WithDefault("2")
    int limitationYears();

    /** §5.2: the longer period for acts harming life, health or financial safety with harmful consequences. */
    @WithDefault("5")
    int seriousHarmLimitationYears();

    /** §5.3: the largest fine on the spot for a person (yuan). */
    @WithDefault("200")
    BigDecimal simpleProcedurePersonFineLimit();

    /** §5.3: the largest fine on the spot for an organisation (yuan). */
    @WithDefault("3000")
    BigDecimal simpleProcedureOrganizationFineLimit();

    /** §5.4, 《重庆市行政处罚听证程序规定》: a hearing is offered from this fine/confiscation total for a person. */
    @WithDefault("5000")
    BigDecimal hearingPersonThreshold();

    @WithDefault("50000")
    BigDecimal hearingOrganizationThreshold();

    /** §5.4 (Art 63): penalty kinds that always require a hearing to be offered. */
    @WithDefault("LOWER_QUALIFICATION,REVOKE_PERMIT,RESTRICT_BUSINESS,ORDER_SUSPENSION,ORDER_CLOSURE,RESTRICT_PRACTICE")
    Set<String> hearingKinds();

    /** §5.4 (Art 60): days from filing to decision, unless an extension is recorded. */
    @WithDefault("90")
    int decisionTimeLimitDays();

    /** §7 (Coercion Law Arts 25, 32): longest coercive measure, and its longest extension. */
    @WithDefault("30")
    int coercionMaxDays();

    @WithDefault("30")
    int coercionMaxExtensionDays();
}
