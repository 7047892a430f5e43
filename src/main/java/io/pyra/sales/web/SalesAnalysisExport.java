package io.pyra.sales.web;

import io.pyra.platform.SpreadsheetText;
import io.pyra.platform.error.BusinessRuleException;
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
 * The tables of an analysis as a file: CSV (UTF-8 with a byte order mark, so that Excel shows
 * Chinese; tables one after the other, each with its title and headings) or XLSX (one sheet per
 * table, numbers as numbers).
 */
final class SalesAnalysisExport {

  /** The file formats. */
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
      try {
        return valueOf((text == null ? "csv" : text.strip()).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BusinessRuleException("format", "one-of", "sales.analysis.export.format", text);
      }
    }
  }

  private SalesAnalysisExport() {}

  static void write(Format format, List<SalesAnalysisTable> tables, OutputStream out)
      throws IOException {
    if (format == Format.CSV) {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF');
      CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
      boolean first = true;
      for (SalesAnalysisTable table : tables) {
        if (!first) {
          printer.println();
        }
        first = false;
        if (tables.size() > 1) {
          printer.printRecord(SpreadsheetText.cell(table.title()));
        }
        printer.printRecord(SpreadsheetText.cells(table.columns()));
        for (SalesAnalysisTable.Line line : table.rows()) {
          printer.printRecord(SpreadsheetText.cells(line.cells()));
        }
      }
      printer.flush();
      return;
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      for (SalesAnalysisTable table : tables) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.id()));
        Row heading = sheet.createRow(0);
        for (int i = 0; i < table.columns().size(); i++) {
          heading.createCell(i).setCellValue(table.columns().get(i));
        }
        int next = 1;
        for (SalesAnalysisTable.Line line : table.rows()) {
          Row row = sheet.createRow(next++);
          for (int i = 0; i < line.cells().size(); i++) {
            String cell = line.cells().get(i);
            BigDecimal number =
                i < table.numeric().size() && table.numeric().get(i) ? number(cell) : null;
            if (number != null) {
              row.createCell(i).setCellValue(number.doubleValue());
            } else {
              row.createCell(i).setCellValue(cell);
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
