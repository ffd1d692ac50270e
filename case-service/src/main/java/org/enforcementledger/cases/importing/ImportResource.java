package org.enforcementledger.cases.importing;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.cases.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.cases.idempotency.IdempotencyKeys;
import org.enforcementledger.cases.importing.LedgerTable.LedgerRow;
import org.enforcementledger.cases.problem.UnsupportedMediaTypeException;
import org.enforcementledger.cases.security.Roles;

/**
 * Bulk import of a town's case ledger (案件台账), kept in Excel until now.
 *
 * <p>
 * Safe retries: {@code Idempotency-Key} is accepted and checked (400 when malformed), but an import is not replayed
 * from a stored response ({@link AcceptsIdempotencyKey.Mode#HANDLER_IS_IDEMPOTENT}). {@link CaseImporter} commits each
 * row in a transaction of its own, so the key's single transaction around the handler could not make the rows and the
 * stored response commit together, and would stay open for the whole import (transaction timeout, stalled change
 * feeds). Retrying is safe anyway: every row carries its {@code externalRef}, unique in the town, so an upload sent
 * again records nothing twice and reports the rows recorded the first time as {@code ALREADY_RECORDED}.
 */
@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Bulk import of a year's case ledger from .xlsx or CSV")
public class ImportResource {

    private static final String COLUMNS = "Columns (first sheet of an .xlsx, or a UTF-8 CSV with a header row), by "
            + "English key or Chinese header, in any order: externalRef 台账编号 (required), matterCode 执法事项编码, "
            + "villageCode 村（社区）编码, partyKind 当事人类型 (PERSON/自然人, ORGANIZATION/法人或者其他组织), "
            + "partyName 当事人名称, partyIdNumber 证件号码, handlingOfficerIds 执法人员编号 (separated by ';'), "
            + "filedOn 立案日期, violationOn 违法行为发生日期 (YYYY-MM-DD), procedure 程序 (SIMPLE/简易程序, "
            + "GENERAL/普通程序), seriousHarm 造成危害后果 (optional, 是/否), summary 案情摘要; optionally a decision: "
            + "decidedOn 决定日期, penaltyKinds 处罚种类 (';'-separated, 警告/罚款/… or WARNING/FINE/…; empty = no "
            + "penalty), fineAmount 罚款金额（元）, confiscatedGains 没收违法所得（元）, confiscatedPropertyValue "
            + "没收非法财物价值（元）.";

    private final CaseImporter importer;
    private final int maxRows;

    public ImportResource(CaseImporter importer,
            @ConfigProperty(name = "ledger.import.max-rows", defaultValue = "5000") int maxRows) {
        this.importer = importer;
        this.maxRows = maxRows;
    }

    @RolesAllowed({ Roles.CASE_OFFICER })
    @POST
    @AcceptsIdempotencyKey(AcceptsIdempotencyKey.Mode.HANDLER_IS_IDEMPOTENT)
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, required = false, example = IdempotencyKeys.EXAMPLE,
            description = "Accepted for uniformity with every other POST; 1 to 200 printable ASCII characters (else a "
                    + "400). An import is not replayed from a stored response: sending the same file again is safe by "
                    + "itself, because every row's externalRef is unique in the town. A retry records nothing twice "
                    + "and reports the rows recorded the first time as ALREADY_RECORDED.",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = IdempotencyKeys.MAX_LENGTH,
                    pattern = IdempotencyKeys.PATTERN))
    // Any type reaches the method, so that the caller's roles are checked before the type is refused (a problem 415).
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a ledger of cases", description = "Each row is filed as a case (and decided, when "
            + "it has decidedOn) with the same rules as POST /api/v1/cases and POST /api/v1/cases/{id}/decision, in a "
            + "transaction of its own: a refused row writes nothing and does not stop the others. The answer reports "
            + "every row: CREATED with the case id, ALREADY_RECORDED with the id of the case holding the row's "
            + "externalRef (nothing written: uploading a file again records nothing twice), or REJECTED with the "
            + "rule or the columns and the API's message. At most 5,000 rows and 2 MB; a file that cannot be read, "
            + "lacks a required column or has too many rows is a 400, another media type a 415. " + COLUMNS)
    @RequestBody(required = true, content = {
            @Content(mediaType = LedgerTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = LedgerTable.CSV, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(
                    name = "ledger", value = "externalRef,matterCode,villageCode,partyKind,partyName,partyIdNumber,"
                            + "handlingOfficerIds,filedOn,violationOn,procedure,summary,decidedOn,penaltyKinds,"
                            + "fineAmount\nDW-2024-0137,AQ-CF-001,DW-01,PERSON,刘某,500112199001011234,"
                            + "3f0c…;9a41…,2024-05-06,2024-05-01,SIMPLE,未按规定开展安全生产教育培训,2024-05-06,罚款,200\n")) })
    @APIResponse(responseCode = "200", description = "The per-row report", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    public ImportReport importLedger(byte[] body, @jakarta.ws.rs.core.Context HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        List<LedgerRow> rows;
        if (type != null && type.isCompatible(MediaType.valueOf(LedgerTable.XLSX))) {
            rows = LedgerTable.readXlsx(body, maxRows);
        } else if (type != null && type.isCompatible(MediaType.valueOf(LedgerTable.CSV))) {
            String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
            if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                throw new UnsupportedMediaTypeException("A CSV ledger is read as UTF-8, not " + charset + ".");
            }
            rows = LedgerTable.readCsv(body, maxRows);
        } else {
            throw new UnsupportedMediaTypeException("A ledger is imported as " + LedgerTable.XLSX + " or "
                    + LedgerTable.CSV + " (UTF-8), not " + (type == null ? "a body without Content-Type" : type) + ".");
        }
        return importer.importRows(rows);
    }

    @RolesAllowed({ Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Path("/template")
    @Produces(LedgerTable.XLSX)
    @Operation(summary = "The ledger template (.xlsx)", description = "Chinese headers in row 1 (required ones marked "
            + "'*', each with a note describing it), the English keys in row 2, text-formatted columns, and a sheet "
            + "填写说明 describing every column. " + COLUMNS)
    @APIResponse(responseCode = "200", description = "The template workbook", content = @Content(
            mediaType = LedgerTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        return Response.ok(LedgerTable.template(), LedgerTable.XLSX)
                .header("Content-Disposition", "attachment; filename=\"case-ledger-template.xlsx\"").build();
    }
}
