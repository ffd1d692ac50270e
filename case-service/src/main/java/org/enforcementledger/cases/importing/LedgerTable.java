package org.enforcementledger.cases.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.enforcementledger.cases.problem.InvalidFieldException;

/**
 * A ledger as rows of named values, read from an .xlsx workbook (its first sheet) or a UTF-8 CSV file; and the
 * template workbook. The header is the first rows whose cells name ledger columns (by key or Chinese header; the
 * template has both, one row each); the rows after it are the data. Row numbers are those a spreadsheet shows
 * (1-based, header rows included); blank rows are skipped.
 */
public final class LedgerTable {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";

    /** How many rows from the top may be header rows. */
    private static final int HEADER_SEARCH_ROWS = 5;
    /** A row is a header row when it names at least this many columns. */
    private static final int HEADER_MIN_COLUMNS = 3;

    /** One data row: its number as a spreadsheet shows it, and its non-blank values by column. */
    public record LedgerRow(int number, Map<LedgerColumn, String> values) {
        public String get(LedgerColumn column) {
            return values.get(column);
        }
    }

    private record RawRow(int number, List<String> cells) {
        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    private LedgerTable() {
    }

    /** Reads the data rows of an .xlsx workbook; 400 when it is not one or has no header. */
    public static List<LedgerRow> readXlsx(byte[] body, int maxRows) {
        List<RawRow> raw = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw unreadable("The workbook has no sheet.");
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (raw.size() > maxRows + HEADER_SEARCH_ROWS) {
                    break; // too many already: rows() refuses the file
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                    cells.add(text(row.getCell(i)));
                }
                RawRow read = new RawRow(row.getRowNum() + 1, cells);
                if (!read.blank()) {
                    raw.add(read);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidFieldException invalid) {
                throw invalid;
            }
            throw unreadable("The body is not a readable .xlsx workbook.");
        }
        return rows(raw, maxRows);
    }

    /** Reads the data rows of a UTF-8 CSV file (optional byte-order mark, RFC 4180 quoting). */
    public static List<LedgerRow> readCsv(byte[] body, int maxRows) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw unreadable("The CSV file is not UTF-8 text; save it as \"CSV UTF-8\".");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return rows(parseCsv(text), maxRows);
    }

    private static List<LedgerRow> rows(List<RawRow> raw, int maxRows) {
        Map<Integer, LedgerColumn> columns = new java.util.HashMap<>();
        int headerEnd = -1;
        for (int i = 0; i < Math.min(raw.size(), HEADER_SEARCH_ROWS); i++) {
            Map<Integer, LedgerColumn> named = new java.util.HashMap<>();
            List<String> cells = raw.get(i).cells();
            for (int c = 0; c < cells.size(); c++) {
                int index = c;
                LedgerColumn.named(cells.get(c)).ifPresent(column -> named.put(index, column));
            }
            if (named.size() >= HEADER_MIN_COLUMNS) {
                columns.putAll(named); // a later header row (the keys) wins over an earlier one (the labels)
                headerEnd = i;
            } else if (headerEnd >= 0) {
                break;
            }
        }
        if (headerEnd < 0) {
            throw unreadable("No header row naming the ledger's columns was found in the first " + HEADER_SEARCH_ROWS
                    + " rows; start from GET /api/v1/imports/template.");
        }
        List<String> missing = LedgerColumn.requiredColumns().stream().filter(c -> !columns.containsValue(c))
                .map(c -> c.key + " (" + c.label + ")").toList();
        if (!missing.isEmpty()) {
            throw new InvalidFieldException("(header)", "lacks the required column(s) " + String.join(", ", missing));
        }
        List<LedgerRow> rows = new ArrayList<>();
        for (RawRow row : raw.subList(headerEnd + 1, raw.size())) {
            if (row.blank()) {
                continue;
            }
            if (rows.size() == maxRows) {
                throw new InvalidFieldException("(body)", "holds more than " + maxRows + " rows; an import takes at "
                        + "most " + maxRows + ": split the ledger into several files.");
            }
            Map<LedgerColumn, String> values = new EnumMap<>(LedgerColumn.class);
            for (int c = 0; c < row.cells().size(); c++) {
                LedgerColumn column = columns.get(c);
                String value = row.cells().get(c);
                if (column != null && value != null && !value.isBlank()) {
                    values.put(column, value.strip());
                }
            }
            rows.add(new LedgerRow(row.number(), values));
        }
        if (rows.isEmpty()) {
            throw new InvalidFieldException("(body)", "holds no data rows under its header.");
        }
        return rows;
    }

    /** A cell as text: dates as YYYY-MM-DD, numbers without exponent or trailing zeros, formulas by their value. */
    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> null;
        };
    }

    /** RFC 4180: fields separated by commas, records by CRLF or LF, double quotes around fields and doubled inside. */
    static List<RawRow> parseCsv(String text) {
        List<RawRow> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int record = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new RawRow(record++, fields));
                fields = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw unreadable("The CSV file ends inside a quoted field (record " + record + ").");
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new RawRow(record, fields));
        }
        return rows;
    }

    /** The template: the Chinese headers in row 1 (required ones marked '*'), the keys in row 2, a note on each. */
    public static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("案件台账");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setDataFormat(text.getDataFormat());
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            Row labels = sheet.createRow(0);
            Row keys = sheet.createRow(1);
            LedgerColumn[] columns = LedgerColumn.values();
            for (int i = 0; i < columns.length; i++) {
                LedgerColumn column = columns[i];
                Cell label = labels.createCell(i);
                label.setCellValue(column.label + (column.required ? "*" : ""));
                label.setCellStyle(header);
                ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                anchor.setCol1(i);
                anchor.setCol2(i + 3);
                anchor.setRow1(0);
                anchor.setRow2(4);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(workbook.getCreationHelper().createRichTextString(
                        column.key + (column.required ? " (required)" : " (optional)") + ": " + column.description));
                label.setCellComment(comment);
                Cell key = keys.createCell(i);
                key.setCellValue(column.key);
                key.setCellStyle(header);
                // Text cells: ID numbers and officer ids stay as typed (no scientific notation, no lost digits).
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, Math.max(14, column.label.length() * 2 + 4) * 256);
            }
            sheet.createFreezePane(0, 2);

            Sheet notes = workbook.createSheet("填写说明");
            String[] headings = { "列 (header)", "key", "必填 (required)", "说明 (description)" };
            Row first = notes.createRow(0);
            for (int i = 0; i < headings.length; i++) {
                Cell cell = first.createCell(i);
                cell.setCellValue(headings[i]);
                cell.setCellStyle(header);
            }
            for (int i = 0; i < columns.length; i++) {
                Row row = notes.createRow(i + 1);
                row.createCell(0).setCellValue(columns[i].label);
                row.createCell(1).setCellValue(columns[i].key);
                row.createCell(2).setCellValue(columns[i].required ? "是 (yes)" : "否 (no)");
                row.createCell(3).setCellValue(columns[i].description);
            }
            notes.setColumnWidth(0, 24 * 256);
            notes.setColumnWidth(1, 26 * 256);
            notes.setColumnWidth(2, 14 * 256);
            notes.setColumnWidth(3, 100 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the import template", e);
        }
    }

    private static InvalidFieldException unreadable(String message) {
        return new InvalidFieldException("(body)", message);
    }
}
