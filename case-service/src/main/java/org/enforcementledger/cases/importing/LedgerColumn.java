package org.enforcementledger.cases.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a town's case ledger (案件台账) as the import reads them: an English key (the API's field name where
 * there is one) and the Chinese header of the template. Columns are matched by either, in any order; unknown columns
 * are ignored.
 */
public enum LedgerColumn {

    EXTERNAL_REF("externalRef", "台账编号", true, "The case's id in the town's ledger or the district platform, unique "
            + "in the town; a row whose externalRef is recorded already is reported ALREADY_RECORDED"),
    MATTER_CODE("matterCode", "执法事项编码", true, "Code of a PENALTY matter of the catalogue, in force on filedOn"),
    VILLAGE_CODE("villageCode", "村（社区）编码", true, "Code of one of the town's villages or communities"),
    PARTY_KIND("partyKind", "当事人类型", true, "PERSON (自然人) or ORGANIZATION (法人或者其他组织)"),
    PARTY_NAME("partyName", "当事人名称", true, "Name of the person or organisation"),
    PARTY_ID_NUMBER("partyIdNumber", "证件号码", true, "ID card number or unified social credit code"),
    HANDLING_OFFICER_IDS("handlingOfficerIds", "执法人员编号", true, "Ids of the handling officers, separated by ';' "
            + "— at least two holding certificates valid on filedOn, one of a business office and one of the brigade"),
    FILED_ON("filedOn", "立案日期", true, "YYYY-MM-DD (a date cell in .xlsx also works)"),
    VIOLATION_ON("violationOn", "违法行为发生日期", true, "YYYY-MM-DD"),
    PROCEDURE("procedure", "程序", true, "SIMPLE (简易程序) or GENERAL (普通程序)"),
    SERIOUS_HARM("seriousHarm", "造成危害后果", false, "是/否 (true/false): the act harmed life, health or financial "
            + "safety, so the limitation period is 5 years instead of 2"),
    SUMMARY("summary", "案情摘要", true, "What happened, at most 2,000 characters"),
    DECIDED_ON("decidedOn", "决定日期", false, "YYYY-MM-DD; when given, the decision of this row is recorded with the "
            + "case"),
    PENALTY_KINDS("penaltyKinds", "处罚种类", false, "Penalty kinds separated by ';' (警告, 罚款, 没收违法所得, ... or "
            + "WARNING, FINE, ...); empty or 不予处罚 for no penalty"),
    FINE_AMOUNT("fineAmount", "罚款金额（元）", false, "Yuan, with the kind 罚款 (FINE)"),
    CONFISCATED_GAINS("confiscatedGains", "没收违法所得（元）", false, "Yuan, with the kind 没收违法所得"),
    CONFISCATED_PROPERTY_VALUE("confiscatedPropertyValue", "没收非法财物价值（元）", false,
            "Yuan, with the kind 没收非法财物");

    public final String key;
    public final String label;
    public final boolean required;
    public final String description;

    LedgerColumn(String key, String label, boolean required, String description) {
        this.key = key;
        this.label = label;
        this.required = required;
        this.description = description;
    }

    /** The column a header cell names: its key (any case) or its Chinese header, with or without a trailing '*'. */
    public static Optional<LedgerColumn> named(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String name = header.strip().replaceAll("[*＊]+$", "").strip();
        return Arrays.stream(values())
                .filter(c -> c.key.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)) || c.label.equals(name))
                .findFirst();
    }

    public static List<LedgerColumn> requiredColumns() {
        return Arrays.stream(values()).filter(c -> c.required).toList();
    }
}
