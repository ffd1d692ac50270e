package org.enforcementledger.report.annual;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Renders a {@link Document} as Markdown, HTML or a Word document (.docx), and the statistical tables as a workbook
 * (.xlsx) or CSV.
 */
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

    /** The tables as a workbook, one sheet per table, the notes under each table after an empty row. */
    public static byte[] xlsx(List<Document.Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Document.Table table : tables) {
                Sheet sheet = workbook.createSheet(table.caption());
                write(sheet.createRow(0), table.header());
                for (int i = 0; i < table.rows().size(); i++) {
                    write(sheet.createRow(i + 1), table.rows().get(i));
                }
                // Under the table, after an empty row: what its figures count.
                for (int i = 0; i < table.notes().size(); i++) {
                    sheet.createRow(table.rows().size() + 2 + i).createCell(0).setCellValue(table.notes().get(i));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tables as CSV with a byte-order mark: each its title line, header, rows and notes, then an empty line. */
    public static String csv(List<Document.Table> tables) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (Document.Table table : tables) {
            out.append(csvLine(List.of(table.caption())));
            out.append(csvLine(table.header()));
            table.rows().forEach(row -> out.append(csvLine(row)));
            table.notes().forEach(note -> out.append(csvLine(List.of(note))));
            out.append("\r\n");
        }
        return out.toString();
    }

    /** Cells that are whole or decimal numbers are written as numbers, so a spreadsheet can add them up. */
    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            String value = cells.get(c);
            if (value.matches("-?\\d+(\\.\\d+)?")) {
                row.createCell(c).setCellValue(Double.parseDouble(value));
            } else {
                row.createCell(c).setCellValue(value);
            }
        }
    }

    private static String csvLine(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (i > 0) {
                line.append(',');
            }
            line.append(cell.matches(".*[\",\\r\\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return line.append("\r\n").toString();
    }
}
