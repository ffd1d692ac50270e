package org.enforcementledger.report.annual;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Renders a {@link Document} as Markdown, HTML or a Word document (.docx). */
public final class Renderers {

    private Renderers() {
    }

    public static String markdown(Document document) {
        StringBuilder out = new StringBuilder("# ").append(document.title()).append("\n\n");
        document.lead().forEach(p -> out.append(p).append("\n\n"));
        for (Document.Section section : document.sections()) {
            out.append("## ").append(section.heading()).append("\n\n");
            section.paragraphs().forEach(p -> out.append(p).append("\n\n"));
            for (Document.Table table : section.tables()) {
                out.append("**").append(table.caption()).append("**\n\n");
                out.append(row(table.header())).append(row(table.header().stream().map(h -> "---").toList()));
                table.rows().forEach(r -> out.append(row(r)));
                out.append("\n");
                table.notes().forEach(n -> out.append(n).append("\n\n"));
            }
        }
        return out.toString();
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    public static String html(Document document) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(document.title())).append("</title>\n")
                .append("<style>body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;max-width:60em;"
                        + "margin:2em auto;line-height:1.8}table{border-collapse:collapse}td,th{border:1px solid #999;"
                        + "padding:.2em .8em}</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(document.title())).append("</h1>\n");
        document.lead().forEach(p -> out.append("<p>").append(escape(p)).append("</p>\n"));
        for (Document.Section section : document.sections()) {
            out.append("<h2>").append(escape(section.heading())).append("</h2>\n");
            section.paragraphs().forEach(p -> out.append("<p>").append(escape(p)).append("</p>\n"));
            for (Document.Table table : section.tables()) {
                out.append("<table>\n<caption>").append(escape(table.caption())).append("</caption>\n<tr>");
                table.header().forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
                out.append("</tr>\n");
                for (List<String> r : table.rows()) {
                    out.append("<tr>");
                    r.forEach(c -> out.append("<td>").append(escape(c)).append("</td>"));
                    out.append("</tr>\n");
                }
                out.append("</table>\n");
                table.notes().forEach(n -> out.append("<p class=\"note\">").append(escape(n)).append("</p>\n"));
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static byte[] docx(Document document) {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = word.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, document.title(), true, 18);
            document.lead().forEach(p -> run(word.createParagraph(), p, false, 12));
            for (Document.Section section : document.sections()) {
                run(word.createParagraph(), section.heading(), true, 14);
                section.paragraphs().forEach(p -> run(word.createParagraph(), p, false, 12));
                for (Document.Table table : section.tables()) {
                    run(word.createParagraph(), table.caption(), true, 12);
                    XWPFTable grid = word.createTable(table.rows().size() + 1, table.header().size());
                    fill(grid, 0, table.header());
                    for (int i = 0; i < table.rows().size(); i++) {
                        fill(grid, i + 1, table.rows().get(i));
                    }
                    table.notes().forEach(n -> run(word.createParagraph(), n, false, 10));
                }
            }
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(XWPFTable grid, int row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            grid.getRow(row).getCell(c).setText(cells.get(c));
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily("SimSun");
    }
}
