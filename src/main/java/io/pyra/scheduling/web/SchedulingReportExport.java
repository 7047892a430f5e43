package io.pyra.scheduling.web;

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
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A scheduling report's tables as a file, as sales' analyses are written: CSV (UTF-8 with a byte
 * order mark so that Excel shows Chinese; the tables one after the other, each with its title and
 * headings; every cell guarded as text) or XLSX (a sheet per table, numbers as numbers).
 */
final class SchedulingReportExport {

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

    /** CSV unless XLSX is asked for. */
    static Format of(String text) {
      return text != null && text.strip().equalsIgnoreCase("xlsx") ? XLSX : CSV;
    }
  }

  private SchedulingReportExport() {}

  static void write(Format format, List<SchedulingReportTable> tables, OutputStream out)
      throws IOException {
    if (format == Format.CSV) {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF');
      CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
      boolean first = true;
      for (SchedulingReportTable table : tables) {
        if (!first) {
          printer.println();
        }
        first = false;
        printer.printRecord(SpreadsheetText.cell(table.title()));
        printer.printRecord(SpreadsheetText.cells(table.labels()));
        for (List<String> row : table.rows()) {
          printer.printRecord(SpreadsheetText.cells(row));
        }
      }
      printer.flush();
      return;
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      for (SchedulingReportTable table : tables) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.id()));
        Row heading = sheet.createRow(0);
        for (int i = 0; i < table.columns().size(); i++) {
          heading.createCell(i).setCellValue(table.columns().get(i).label());
        }
        int next = 1;
        for (List<String> cells : table.rows()) {
          Row row = sheet.createRow(next++);
          for (int i = 0; i < cells.size(); i++) {
            BigDecimal number = table.columns().get(i).numeric() ? number(cells.get(i)) : null;
            if (number != null) {
              row.createCell(i).setCellValue(number.doubleValue());
            } else {
              row.createCell(i).setCellValue(cells.get(i));
            }
          }
        }
      }
      workbook.write(out);
    }
  }

  private static BigDecimal number(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
