package io.pyra.marketing.web;

import io.pyra.marketing.funnel.FunnelRequestRefused;
import io.pyra.platform.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The funnel's table as a file, as the sales analysis writes its tables: CSV (UTF-8 with a byte
 * order mark, so that Excel shows Chinese) or XLSX (numbers as numbers, the first column as text).
 */
final class FunnelExport {

  enum Format {
    CSV("text/csv;charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String contentType;

    Format(String contentType) {
      this.contentType = contentType;
    }

    String contentType() {
      return contentType;
    }

    String extension() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Format parse(String text) {
      for (Format format : values()) {
        if (text == null || format.extension().equals(text.strip().toLowerCase(Locale.ROOT))) {
          return text == null ? CSV : format;
        }
      }
      throw new FunnelRequestRefused("format", "one-of", "funnel.export.format");
    }
  }

  private FunnelExport() {}

  static void write(Format format, List<String> columns, List<List<String>> rows, OutputStream out)
      throws IOException {
    if (format == Format.CSV) {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF');
      CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
      printer.printRecord(SpreadsheetText.cells(columns));
      for (List<String> row : rows) {
        printer.printRecord(SpreadsheetText.cells(row));
      }
      printer.flush();
      return;
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("funnel");
      Row heading = sheet.createRow(0);
      for (int i = 0; i < columns.size(); i++) {
        heading.createCell(i).setCellValue(columns.get(i));
      }
      int next = 1;
      for (List<String> cells : rows) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
          String cell = cells.get(i) == null ? "" : cells.get(i);
          BigDecimal number = i == 0 ? null : number(cell);
          if (number != null) {
            row.createCell(i).setCellValue(number.doubleValue());
          } else {
            row.createCell(i).setCellValue(cell);
          }
        }
      }
      workbook.write(out);
    }
  }

  private static BigDecimal number(String text) {
    try {
      return text.isEmpty() ? null : new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
