package org.enforcementledger.report.annual;

import java.util.List;

/**
 * A report as content, before it is rendered as Markdown, HTML or Word: a title, lead paragraphs and sections of
 * paragraphs and tables.
 */
public record Document(String title, List<String> lead, List<Section> sections) {

    public record Section(String heading, List<String> paragraphs, List<Table> tables) {
    }

    public record Table(String caption, List<String> header, List<List<String>> rows) {
    }
}
