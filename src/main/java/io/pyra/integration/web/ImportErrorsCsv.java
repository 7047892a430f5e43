package io.pyra.integration.web;

import io.pyra.integration.importing.ImportJob;
import io.pyra.integration.importing.ImportJobs;
import io.pyra.platform.SpreadsheetText;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an import's errors as a CSV that Excel opens (UTF-8 with BOM): row, column, field, rule,
 * reason.
 */
public final class ImportErrorsCsv {

  private ImportErrorsCsv() {}

  public static void write(ImportJob job, ImportJobs jobs, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"import-" + job.id() + "-errors.csv\"");
    Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
    csv.printRecord("row", "column", "field", "rule", "reason");
    jobs.eachError(
        job.id(),
        e -> {
          try {
            csv.printRecord(
                e.rowNumber(),
                SpreadsheetText.cell(e.columnName()),
                e.field(),
                e.rule(),
                SpreadsheetText.cell(e.message()));
          } catch (IOException ex) {
            throw new UncheckedIOException(ex);
          }
        });
    csv.flush();
  }
}
