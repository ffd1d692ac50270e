package org.enforcementledger.report.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcementledger.report.personnel.OfficersReportResource.OfficersReport;
import org.enforcementledger.report.summary.Summary;

import com.fasterxml.jackson.databind.JsonNode;

/** What the publication endpoints take and answer. */
public final class PublicationApi {

    private PublicationApi() {
    }

    @Schema(name = "PublicationRequest")
    public record Request(
            @Schema(description = "What the town says of this publication, e.g. what a correction (更正) is for", example = "更正：12月20日的变更决定晚于公布录入")
            @Size(max = 2000) String note) {
    }

    @Schema(name = "PublicationLink")
    public record Link(@Schema(example = "1") int number,
            @Schema(example = "/api/v1/reports/2024/publication/1?orgUnit=500112-dawan") String href) {
    }

    @Schema(name = "PublicationFile")
    public record File(@Schema(example = "annual-report.docx") String name,
            @Schema(example = "application/vnd.openxmlformats-officedocument.wordprocessingml.document") String mediaType,
            long size, @Schema(description = "SHA-256 of the bytes, hexadecimal") String sha256, String href) {
    }

    @Schema(name = "LateEvent", description = "An event applied after the publication that could have moved a figure")
    public record LateEvent(UUID id, @Schema(example = "enforcementledger.case.case.decision-amended.v1") String type,
            String subject, @Schema(description = "The event's time") OffsetDateTime time,
            @Schema(description = "When report-service applied it") OffsetDateTime appliedAt,
            @Schema(description = "The running figures of the year it moved, by how much (none for figures computed when asked)",
                    example = "{\"penalties.fineTotal\": -800.00}") Map<String, BigDecimal> moved) {
    }

    @Schema(name = "PublicationCorrection", description = "A figure a correction (更正) corrects")
    public record Correction(@Schema(example = "summary.penalties.fineTotal") String figure,
            @Schema(description = "As the corrected publication gave it") JsonNode before,
            @Schema(description = "As this publication gives it") JsonNode after, List<LateEvent> events) {
    }

    @Schema(name = "Publication", description = "A town's publication (公布) of a year's figures (spec §11.1): as they"
            + " were at that moment, never changed afterwards. Number 1 is the publication, every later number a"
            + " correction (更正) of the one before.")
    public record Publication(@Schema(example = "500112-dawan") String orgUnit, @Schema(example = "2024") int year,
            @Schema(example = "1") int number, OffsetDateTime publishedAt,
            @Schema(example = "wang.admin") String publishedBy,
            @Schema(description = "Whether the town's first publication of the year came by 31 January of the next") boolean onTime,
            String note,
            @Schema(description = "The publication this one corrects (null for number 1)") Link corrects,
            @Schema(description = "The correction of this publication, if any") Link correctedBy,
            @Schema(description = "What this publication corrects: every figure that differs from the one it corrects") List<Correction> corrections,
            @Schema(implementation = Summary.class) JsonNode summary,
            @Schema(description = "The breakdowns by month, village, department, matterSource, penaltyKind and matter (as /breakdown gives each)") JsonNode breakdowns,
            @Schema(implementation = OfficersReport.class) JsonNode officers,
            @Schema(description = "The annual report (.md, .html, .docx) and the statistical tables (.xlsx, .csv) as rendered then") List<File> files) {
    }

    @Schema(name = "PublicationDifference")
    public record Difference(@Schema(example = "summary.penalties.fineTotal") String figure,
            @Schema(description = "As published (null: not in the publication)") JsonNode published,
            @Schema(description = "As it stands now (null: no longer there)") JsonNode live,
            @Schema(description = "The events applied after the publication that could have moved it") List<LateEvent> events) {
    }

    @Schema(name = "PublicationDiff", description = "Every figure where the live figures differ from the town's last publication of the year")
    public record Diff(String orgUnit, int year, Link publication, OffsetDateTime publishedAt,
            @Schema(description = "Time of the last event applied to the live figures") OffsetDateTime asOf,
            List<Difference> differences) {
    }

    public enum Status {
        /** Published by 31 January of the next year. */
        ON_TIME,
        /** First published after 31 January. */
        LATE,
        NOT_PUBLISHED
    }

    @Schema(name = "TownPublicationStatus")
    public record Town(String orgUnit, Status status,
            @Schema(description = "When the town first published the year") OffsetDateTime firstPublishedAt,
            @Schema(description = "The town's last publication or correction of the year") Link latest) {
    }

    @Schema(name = "PublicationEntry")
    public record Entry(String orgUnit, int number, OffsetDateTime publishedAt, String publishedBy,
            @Schema(description = "The number it corrects, if a correction") Integer corrects, String href) {
    }

    @Schema(name = "PublicationsOfYear")
    public record Year(@Schema(example = "2024") int year,
            @Schema(description = "31 January of the next year (spec §11.1)", example = "2025-01-31") LocalDate deadline,
            boolean deadlinePassed,
            @Schema(description = "Every town known for the year (with figures of the year, or a publication) and whether it published") List<Town> towns,
            @Schema(description = "The towns without a publication on or before the deadline") List<String> notPublishedByDeadline,
            @Schema(description = "Every publication and correction of the year, by town and number") List<Entry> publications) {
    }
}
