package org.enforcementledger.cases.importing;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcementledger.cases.problem.Problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What an import did, row by row. */
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(example = "5") int rows,
        @Schema(example = "3") int created,
        @Schema(example = "0") int alreadyRecorded,
        @Schema(example = "2") int rejected,
        List<RowResult> results) {

    public enum Status {
        /** The row's case was filed (and decided, when the row has a decision) now. */
        CREATED,
        /** A case with the row's externalRef is recorded already in the town: nothing was written. */
        ALREADY_RECORDED,
        /** The row breaks a rule or has an invalid value: nothing of it was written. */
        REJECTED
    }

    @Schema(name = "ImportRowResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowResult(
            @Schema(example = "3", description = "The row number as the spreadsheet shows it (header rows included)") int row,
            @Schema(example = "DW-2024-0137") String externalRef,
            Status status,
            @Schema(description = "The case created, or the one already holding the externalRef") UUID caseId,
            @Schema(example = "urn:enforcement-ledger:problem:rule-violation", description = "For a rejected row: the "
                    + "type of the problem the API would have answered") String type,
            @Schema(example = "R4.6", description = "The broken rule of the domain spec, if any") String rule,
            @Schema(example = "R4.6: a penalty case must be carried out by at least two officers holding enforcement "
                    + "certificates; 1 distinct officer(s) given.", description = "The problem's detail, as the API "
                    + "words it") String message,
            @Schema(description = "The offending columns (by key) and what is wrong with them") List<Problem.FieldError> errors) {

        static RowResult created(int row, String ref, UUID caseId) {
            return new RowResult(row, ref, Status.CREATED, caseId, null, null, null, null);
        }

        static RowResult alreadyRecorded(int row, String ref, UUID caseId) {
            return new RowResult(row, ref, Status.ALREADY_RECORDED, caseId, null, null, null, null);
        }

        static RowResult rejected(int row, String ref, String type, String rule, String message,
                List<Problem.FieldError> errors) {
            return new RowResult(row, ref, Status.REJECTED, null, type, rule, message, errors);
        }
    }

    static ImportReport of(List<RowResult> results) {
        return new ImportReport(results.size(), count(results, Status.CREATED), count(results, Status.ALREADY_RECORDED),
                count(results, Status.REJECTED), results);
    }

    private static int count(List<RowResult> results, Status status) {
        return (int) results.stream().filter(r -> r.status() == status).count();
    }
}
