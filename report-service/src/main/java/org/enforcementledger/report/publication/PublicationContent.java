package org.enforcementledger.report.publication;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.enforcementledger.report.annual.AnnualReportResource;
import org.enforcementledger.report.annual.AnnualReportWriter;
import org.enforcementledger.report.annual.Document;
import org.enforcementledger.report.annual.ExportResource;
import org.enforcementledger.report.annual.Renderers;
import org.enforcementledger.report.annual.StatisticalTables;
import org.enforcementledger.report.casefile.Breakdowns;
import org.enforcementledger.report.personnel.OfficersReportResource.OfficersReport;
import org.enforcementledger.report.personnel.PersonnelFigures;
import org.enforcementledger.report.summary.Summary;
import org.enforcementledger.report.summary.SummaryCalculator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a publication freezes, computed afresh (not from the summary cache, which may be a batch behind): the year's
 * summary, breakdowns and officers report as their endpoints answer them, and the annual report and statistical
 * tables as the renderers produce them from that same summary. Needs a request context (Panache reads).
 */
@ApplicationScoped
class PublicationContent {

    /** The figures, and the summary they were read with (the documents are written from it). */
    record Figures(Summary summary, PublishedFigures published) {
    }

    /** A document as rendered. */
    record File(String name, String mediaType, byte[] content) {
    }

    private final SummaryCalculator calculator;
    private final Breakdowns breakdowns;
    private final PersonnelFigures personnel;
    private final AnnualReportWriter writer;
    private final StatisticalTables tables;
    private final ObjectMapper json;

    PublicationContent(SummaryCalculator calculator, Breakdowns breakdowns, PersonnelFigures personnel,
            AnnualReportWriter writer, StatisticalTables tables, ObjectMapper json) {
        this.calculator = calculator;
        this.breakdowns = breakdowns;
        this.personnel = personnel;
        this.writer = writer;
        this.tables = tables;
        this.json = json;
    }

    Figures figures(String town, int year) {
        Summary summary = calculator.compute(town, year);
        Map<String, List<Breakdowns.Row>> byDimension = new LinkedHashMap<>();
        for (Breakdowns.Dimension dimension : Breakdowns.Dimension.values()) {
            byDimension.put(dimension.parameter(), breakdowns.of(town, year, dimension));
        }
        OfficersReport officers = new OfficersReport(year, town, personnel.yearEnd(year), personnel.requiredHours(),
                personnel.officers(town, year));
        try {
            return new Figures(summary, PublishedFigures.of(json, json.writeValueAsString(summary),
                    json.writeValueAsString(byDimension), json.writeValueAsString(officers)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the figures as JSON", e);
        }
    }

    /** The annual report (.md, .html, .docx) and the statistical tables (.xlsx, .csv) of the summary's year. */
    List<File> files(Summary summary) {
        Document report = writer.write(summary);
        List<Document.Table> statistics = tables.tables(summary);
        return List.of(
                new File("annual-report.md", AnnualReportResource.MARKDOWN,
                        Renderers.markdown(report).getBytes(StandardCharsets.UTF_8)),
                new File("annual-report.html", AnnualReportResource.HTML,
                        Renderers.html(report).getBytes(StandardCharsets.UTF_8)),
                new File("annual-report.docx", AnnualReportResource.DOCX, Renderers.docx(report)),
                new File("statistical-tables.xlsx", ExportResource.XLSX, Renderers.xlsx(statistics)),
                new File("statistical-tables.csv", ExportResource.CSV,
                        Renderers.csv(statistics).getBytes(StandardCharsets.UTF_8)));
    }
}
