package org.enforcementledger.cases.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.enforcementledger.cases.casefile.CaseFile;
import org.enforcementledger.cases.casefile.CaseRequests;
import org.enforcementledger.cases.casefile.CaseService;
import org.enforcementledger.cases.casefile.Enums.Outcome;
import org.enforcementledger.cases.casefile.Enums.PartyKind;
import org.enforcementledger.cases.casefile.Enums.Procedure;
import org.enforcementledger.cases.casefile.PenaltyKind;
import org.enforcementledger.cases.importing.ImportReport.RowResult;
import org.enforcementledger.cases.importing.LedgerTable.LedgerRow;
import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.problem.ApiException;
import org.enforcementledger.cases.problem.DuplicateExternalRefException;
import org.enforcementledger.cases.problem.InvalidFieldException;
import org.enforcementledger.cases.problem.Problem;
import org.enforcementledger.cases.problem.ReferenceException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Records a ledger's rows as cases, each in a transaction of its own, through the same {@link CaseService} commands and
 * bean validation as the API: a refused row leaves nothing behind and does not stop the others. A row whose
 * externalRef the town has recorded already is skipped, so uploading a file again records nothing twice.
 */
@ApplicationScoped
public class CaseImporter {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;；,，、\\s]+");
    private static final String VALIDATION = Problem.TYPE_BASE + "validation";

    private static final Map<String, PartyKind> PARTY_KINDS = Map.of("自然人", PartyKind.PERSON, "个人",
            PartyKind.PERSON, "法人或者其他组织", PartyKind.ORGANIZATION, "法人或其他组织", PartyKind.ORGANIZATION, "法人",
            PartyKind.ORGANIZATION, "其他组织", PartyKind.ORGANIZATION);
    private static final Map<String, Procedure> PROCEDURES = Map.of("简易程序", Procedure.SIMPLE, "简易",
            Procedure.SIMPLE, "普通程序", Procedure.GENERAL, "普通", Procedure.GENERAL);
    private static final Map<String, PenaltyKind> PENALTY_KINDS = Map.ofEntries(Map.entry("警告", PenaltyKind.WARNING),
            Map.entry("通报批评", PenaltyKind.PUBLIC_CRITICISM), Map.entry("罚款", PenaltyKind.FINE),
            Map.entry("没收违法所得", PenaltyKind.CONFISCATE_ILLEGAL_GAINS),
            Map.entry("没收非法财物", PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY),
            Map.entry("暂扣许可证件", PenaltyKind.SUSPEND_PERMIT), Map.entry("降低资质等级", PenaltyKind.LOWER_QUALIFICATION),
            Map.entry("吊销许可证件", PenaltyKind.REVOKE_PERMIT),
            Map.entry("限制开展生产经营活动", PenaltyKind.RESTRICT_BUSINESS),
            Map.entry("责令停产停业", PenaltyKind.ORDER_SUSPENSION), Map.entry("责令关闭", PenaltyKind.ORDER_CLOSURE),
            Map.entry("限制从业", PenaltyKind.RESTRICT_PRACTICE));
    private static final Set<String> NO_PENALTY = Set.of("不予处罚", "NO_PENALTY");
    private static final Set<String> YES = Set.of("是", "true", "yes", "y", "1");
    private static final Set<String> NO = Set.of("否", "false", "no", "n", "0");

    private final CaseService cases;
    private final OrgUnitContext orgUnit;
    private final Validator validator;

    public CaseImporter(CaseService cases, OrgUnitContext orgUnit, Validator validator) {
        this.cases = cases;
        this.orgUnit = orgUnit;
        this.validator = validator;
    }

    public ImportReport importRows(List<LedgerRow> rows) {
        String unit = orgUnit.current();
        Map<String, Integer> seen = new HashMap<>();
        List<RowResult> results = new ArrayList<>();
        for (LedgerRow row : rows) {
            results.add(importRow(unit, row, seen));
        }
        return ImportReport.of(results);
    }

    private RowResult importRow(String unit, LedgerRow row, Map<String, Integer> seen) {
        String ref = row.get(LedgerColumn.EXTERNAL_REF);
        if (ref == null) {
            return invalid(row, null, LedgerColumn.EXTERNAL_REF, "is required in an import: it keeps a row from being "
                    + "recorded twice");
        }
        Integer earlier = seen.putIfAbsent(ref, row.number());
        if (earlier != null) {
            return invalid(row, ref, LedgerColumn.EXTERNAL_REF, "repeats row " + earlier + " of this file");
        }
        var existing = CaseFile.findByExternalRef(unit, ref);
        if (existing.isPresent()) {
            return RowResult.alreadyRecorded(row.number(), ref, existing.get().id);
        }
        Parsed parsed;
        try {
            parsed = parse(row);
        } catch (ColumnException e) {
            return invalid(row, ref, e.column, e.getMessage());
        }
        List<Problem.FieldError> violations = violations(parsed);
        if (!violations.isEmpty()) {
            return RowResult.rejected(row.number(), ref, VALIDATION, null, "The request has invalid fields.",
                    violations);
        }
        try {
            UUID id = QuarkusTransaction.requiringNew().call(() -> {
                UUID filed = cases.file(parsed.newCase()).caseFile().id;
                if (parsed.decision() != null) {
                    cases.decide(filed, parsed.decision());
                }
                return filed;
            });
            return RowResult.created(row.number(), ref, id);
        } catch (DuplicateExternalRefException e) {
            // Recorded meanwhile by someone else (a concurrent import or API call).
            DuplicateExternalRefException resolved = cases.existingCase(e);
            return RowResult.alreadyRecorded(row.number(), ref, resolved.existingId());
        } catch (ApiException e) {
            List<Problem.FieldError> errors = e instanceof InvalidFieldException invalid ? invalid.errors()
                    : e instanceof ReferenceException reference ? reference.errors() : null;
            return RowResult.rejected(row.number(), ref, Problem.TYPE_BASE + e.kind(), e.rule(), e.getMessage(),
                    errors == null ? null : errors.stream().map(f -> columnError(f, parsed)).toList());
        }
    }

    /** The row as the API's requests. */
    private record Parsed(CaseRequests.NewCase newCase, CaseRequests.NewDecision decision,
            List<LedgerColumn> penaltyColumns) {
    }

    private static Parsed parse(LedgerRow row) {
        List<UUID> officers = new ArrayList<>();
        String officerList = row.get(LedgerColumn.HANDLING_OFFICER_IDS);
        if (officerList != null) {
            for (String id : LIST_SEPARATOR.split(officerList.strip())) {
                try {
                    officers.add(UUID.fromString(id));
                } catch (IllegalArgumentException e) {
                    throw new ColumnException(LedgerColumn.HANDLING_OFFICER_IDS, "'" + id + "' cannot be read as a "
                            + "UUID");
                }
            }
        }
        String partyKind = row.get(LedgerColumn.PARTY_KIND);
        String partyName = row.get(LedgerColumn.PARTY_NAME);
        String partyId = row.get(LedgerColumn.PARTY_ID_NUMBER);
        CaseRequests.Party party = partyKind == null && partyName == null && partyId == null ? null
                : new CaseRequests.Party(vocabulary(row, LedgerColumn.PARTY_KIND, PartyKind.class, PARTY_KINDS),
                        partyName, partyId);
        CaseRequests.NewCase newCase = new CaseRequests.NewCase(row.get(LedgerColumn.EXTERNAL_REF),
                row.get(LedgerColumn.MATTER_CODE), row.get(LedgerColumn.VILLAGE_CODE), party,
                officerList == null ? null : officers, date(row, LedgerColumn.FILED_ON),
                date(row, LedgerColumn.VIOLATION_ON),
                vocabulary(row, LedgerColumn.PROCEDURE, Procedure.class, PROCEDURES), yesNo(row),
                row.get(LedgerColumn.SUMMARY), null);

        LocalDate decidedOn = date(row, LedgerColumn.DECIDED_ON);
        String kinds = row.get(LedgerColumn.PENALTY_KINDS);
        Map<LedgerColumn, BigDecimal> amounts = new LinkedHashMap<>();
        for (LedgerColumn column : List.of(LedgerColumn.FINE_AMOUNT, LedgerColumn.CONFISCATED_GAINS,
                LedgerColumn.CONFISCATED_PROPERTY_VALUE)) {
            BigDecimal amount = amount(row, column);
            if (amount != null) {
                amounts.put(column, amount);
            }
        }
        if (decidedOn == null) {
            if (kinds != null || !amounts.isEmpty()) {
                throw new ColumnException(LedgerColumn.DECIDED_ON, "is required when the row has penalties");
            }
            return new Parsed(newCase, null, List.of());
        }
        List<CaseRequests.PenaltyItem> penalties = new ArrayList<>();
        List<LedgerColumn> penaltyColumns = new ArrayList<>();
        if (kinds != null && !NO_PENALTY.contains(kinds.strip().toUpperCase(Locale.ROOT))
                && !NO_PENALTY.contains(kinds.strip())) {
            for (String name : LIST_SEPARATOR.split(kinds.strip())) {
                PenaltyKind kind = PENALTY_KINDS.get(name);
                if (kind == null) {
                    kind = Arrays.stream(PenaltyKind.values()).filter(k -> k.name().equalsIgnoreCase(name)).findFirst()
                            .orElseThrow(() -> new ColumnException(LedgerColumn.PENALTY_KINDS, "'" + name
                                    + "' must be one of " + Arrays.toString(PenaltyKind.values()) + " or "
                                    + PENALTY_KINDS.keySet().stream().sorted().toList()));
                }
                LedgerColumn amountColumn = switch (kind) {
                    case FINE -> LedgerColumn.FINE_AMOUNT;
                    case CONFISCATE_ILLEGAL_GAINS -> LedgerColumn.CONFISCATED_GAINS;
                    case CONFISCATE_ILLEGAL_PROPERTY -> LedgerColumn.CONFISCATED_PROPERTY_VALUE;
                    default -> LedgerColumn.PENALTY_KINDS;
                };
                penalties.add(new CaseRequests.PenaltyItem(kind, amounts.get(amountColumn)));
                penaltyColumns.add(amountColumn);
            }
        }
        for (LedgerColumn column : amounts.keySet()) {
            if (!penaltyColumns.contains(column)) {
                throw new ColumnException(column, "is given, but penaltyKinds does not name its penalty");
            }
        }
        CaseRequests.NewDecision decision = new CaseRequests.NewDecision(decidedOn,
                penalties.isEmpty() ? Outcome.NO_PENALTY : Outcome.PENALTY, penalties, null, null);
        return new Parsed(newCase, decision, penaltyColumns);
    }

    /** The API's bean validation of the two requests, with the fields named by their columns. */
    private List<Problem.FieldError> violations(Parsed parsed) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : validator.validate(parsed.newCase())) {
            errors.add(columnError(new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()), parsed));
        }
        if (parsed.decision() != null) {
            for (ConstraintViolation<?> v : validator.validate(parsed.decision())) {
                errors.add(columnError(new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()),
                        parsed));
            }
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return errors;
    }

    /** An API field path as the ledger column it came from: {@code party.name} → {@code partyName}. */
    private static Problem.FieldError columnError(Problem.FieldError error, Parsed parsed) {
        String field = error.field();
        String column;
        if (field.startsWith("party.")) {
            column = "party" + Character.toUpperCase(field.charAt(6)) + field.substring(7);
        } else if (field.equals("party")) {
            column = LedgerColumn.PARTY_NAME.key;
        } else if (field.startsWith("handlingOfficerIds")) {
            column = LedgerColumn.HANDLING_OFFICER_IDS.key;
        } else if (field.startsWith("penalties[")) {
            Matcher index = Pattern.compile("penalties\\[(\\d+)]").matcher(field);
            int i = index.find() ? Integer.parseInt(index.group(1)) : -1;
            column = i >= 0 && i < parsed.penaltyColumns().size() ? parsed.penaltyColumns().get(i).key
                    : LedgerColumn.PENALTY_KINDS.key;
        } else if (field.startsWith("penalties")) {
            column = LedgerColumn.PENALTY_KINDS.key;
        } else {
            column = field;
        }
        return new Problem.FieldError(column, error.message());
    }

    private static RowResult invalid(LedgerRow row, String ref, LedgerColumn column, String message) {
        return RowResult.rejected(row.number(), ref, VALIDATION, null, "The request has invalid fields.",
                List.of(new Problem.FieldError(column.key, message)));
    }

    private static LocalDate date(LedgerRow row, LedgerColumn column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        Matcher m = DATE.matcher(value.strip());
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                // falls through to the refusal
            }
        }
        throw new ColumnException(column, "cannot be read as a date (YYYY-MM-DD)");
    }

    private static BigDecimal amount(LedgerRow row, LedgerColumn column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", "").replace("，", "").replaceAll("元$", ""));
        } catch (NumberFormatException e) {
            throw new ColumnException(column, "cannot be read as a decimal number");
        }
    }

    private static Boolean yesNo(LedgerRow row) {
        String value = row.get(LedgerColumn.SERIOUS_HARM);
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(v)) {
            return true;
        }
        if (NO.contains(v)) {
            return false;
        }
        throw new ColumnException(LedgerColumn.SERIOUS_HARM, "must be 是 or 否 (true or false)");
    }

    private static <E extends Enum<E>> E vocabulary(LedgerRow row, LedgerColumn column, Class<E> type,
            Map<String, E> aliases) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        E alias = aliases.get(value.strip());
        if (alias != null) {
            return alias;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(value.strip()))
                .findFirst().orElseThrow(() -> new ColumnException(column, "must be one of "
                        + Arrays.toString(type.getEnumConstants()) + " or " + aliases.keySet().stream().sorted()
                                .toList()));
    }

    /** A value that cannot be read as its column's type. */
    private static final class ColumnException extends RuntimeException {
        final LedgerColumn column;

        ColumnException(LedgerColumn column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }
}
