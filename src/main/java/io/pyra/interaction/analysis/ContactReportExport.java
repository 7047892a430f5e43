package io.pyra.interaction.analysis;

import io.pyra.platform.SpreadsheetText;
import io.pyra.platform.error.BusinessRuleException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A contact analysis as a file: CSV (UTF-8 with a byte order mark, so that Excel shows Chinese),
 * one row per counted item with its dimension; or XLSX with one sheet per dimension.
 */
@Component
public class ContactReportExport {

  private static final List<String> HEADER =
      List.of("dimension", "code", "name", "parent", "level", "count");
  private static final List<String> DIMENSIONS =
      List.of("types", "channels", "locations", "months");

  /** The file formats. */
  public enum Format {
    CSV("text/csv;charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String contentType;

    Format(String contentType) {
      this.contentType = contentType;
    }

    public String contentType() {
      return contentType;
    }

    public String extension() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Format parse(String text) {
      try {
        return valueOf((text == null ? "csv" : text.strip()).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BusinessRuleException("format", "one-of", "analysis.export.format", text);
      }
    }
  }

  private final MessageSource messages;

  ContactReportExport(MessageSource messages) {
    this.messages = messages;
  }

  public void write(Format format, ContactReport report, Locale locale, OutputStream out)
      throws IOException {
    List<List<Object>> rows = rows(report, locale);
    if (format == Format.CSV) {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF');
      CSVPrinter printer =
          new CSVPrinter(
              writer, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get());
      for (List<Object> row : rows) {
        printer.printRecord(SpreadsheetText.cells(row));
      }
      printer.flush();
      return;
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      for (String dimension : DIMENSIONS) {
        Sheet sheet = workbook.createSheet(dimension);
        fill(sheet.createRow(0), new ArrayList<>(HEADER.subList(1, HEADER.size())));
        int next = 1;
        for (List<Object> row : rows) {
          if (row.get(0).equals(dimension)) {
            fill(sheet.createRow(next++), row.subList(1, row.size()));
          }
        }
      }
      workbook.write(out);
    }
  }

  /** Every counted item: dimension, code, name, parent code, level in the hierarchy, count. */
  List<List<Object>> rows(ContactReport report, Locale locale) {
    List<List<Object>> rows = new ArrayList<>();
    report
        .types()
        .forEach(
            t ->
                rows.add(
                    List.of(
                        "types", t.code(), t.name(), text(t.parentCode()), t.depth(), t.count())));
    report
        .channels()
        .forEach(
            c ->
                rows.add(
                    List.of(
                        "channels",
                        c.channel(),
                        ContactLabels.channel(c.channel(), locale, messages),
                        "",
                        0,
                        c.count())));
    report
        .locations()
        .forEach(
            l ->
                rows.add(
                    List.of(
                        "locations",
                        text(l.country()) + "/" + text(l.office()),
                        ContactLabels.location(l, locale, messages),
                        text(l.country()),
                        0,
                        l.count())));
    report
        .months()
        .forEach(
            m ->
                rows.add(
                    List.of(
                        "months", m.month().toString(), m.month().toString(), "", 0, m.count())));
    return rows;
  }

  private static void fill(Row row, List<Object> values) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) instanceof Number number) {
        row.createCell(i).setCellValue(number.doubleValue());
      } else {
        row.createCell(i).setCellValue(String.valueOf(values.get(i)));
      }
    }
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
