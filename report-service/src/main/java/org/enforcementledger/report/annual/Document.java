package org.enforcementledger.report.annual;

import java.util.List;

/**
 * A report as content, before it is rendered as Markdown, HTML or Word: a title, lead paragraphs and sections of
 * paragraphs and tables.
 */
public record Document(String title, List<String> lead, List<Section> sections) {

    public record Section(String heading, List<String> paragraphs, List<Table> tables) {
    }

    /** A table; its notes, printed under it, define what its figures count (e.g. each rate, §10.3). */
    public record Table(String caption, List<String> header, List<List<String>> rows, List<String> notes) {

        public Table(String caption, List<String> header, List<List<String>> rows) {
            this(caption, header, rows, List.of());
        }
    }
}
