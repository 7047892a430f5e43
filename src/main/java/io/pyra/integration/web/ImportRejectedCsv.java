package io.pyra.integration.web;

import io.pyra.integration.importing.ImportJob;
import io.pyra.integration.importing.ImportJobs;
import io.pyra.integration.importing.ImportWords;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * The rows an import rejected, to be fixed and imported again: the file's header and each rejected
 * row's cells exactly as uploaded, plus a reason column (its header in the language of the user who
 * downloads the file; the reasons in the language the import ran in, which is that user's: an
 * import is only ever seen by the user who ran it). Always a CSV in UTF-8 with a BOM, so Excel
 * opens the Chinese text; the delimiter of an uploaded CSV (comma, semicolon or tab), a comma for
 * an XLSX or vCard upload. A file of rejected rows imported again keeps its reason column in place:
 * the import leaves that column out (its header is recognised in either language), and the next
 * file of rejected rows writes the new reasons into it rather than adding a second one.
 */
final class ImportRejectedCsv {

  private ImportRejectedCsv() {}

  static void write(
      ImportJob job,
      List<String> header,
      ImportJobs jobs,
      ImportWords words,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(fileName(job.fileName()), StandardCharsets.UTF_8)
            .build()
            .toString());
    int reasonAt = -1;
    for (int i = 0; i < header.size(); i++) {
      if (words.isReasonColumn(header.get(i))) {
        reasonAt = i;
      }
    }
    List<String> columns = new ArrayList<>(header);
    if (reasonAt < 0) {
      reasonAt = columns.size();
      columns.add(words.reasonColumn(locale));
    } else {
      columns.set(reasonAt, words.reasonColumn(locale));
    }
    int reasonColumn = reasonAt;
    String separator = "zh".equals(locale.getLanguage()) ? "；" : "; ";
    Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter csv =
        new CSVPrinter(
            writer, CSVFormat.EXCEL.builder().setDelimiter(jobs.delimiter(job.id())).get());
    csv.printRecord(columns);
    jobs.eachRejectedRow(
        job.id(),
        row -> {
          List<String> cells = new ArrayList<>(row.cells());
          while (cells.size() < header.size()) {
            cells.add("");
          }
          String reason = reason(row.errors(), separator);
          if (reasonColumn < cells.size()) {
            cells.set(reasonColumn, reason);
          } else {
            cells.add(reasonColumn, reason);
          }
          try {
            csv.printRecord(cells);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    csv.flush();
  }

  /** The row's errors, each after the column it is about: "阶段: …；电话: …". */
  private static String reason(List<ImportJobs.ErrorView> errors, String separator) {
    List<String> parts = new ArrayList<>();
    boolean anyFatal = errors.stream().anyMatch(ImportJobs.ErrorView::fatal);
    for (ImportJobs.ErrorView e : errors) {
      if (anyFatal && !e.fatal()) {
        continue;
      }
      parts.add(
          e.columnName() == null || e.columnName().isBlank()
              ? e.message()
              : e.columnName() + ": " + e.message());
    }
    return String.join(separator, parts);
  }

  /** "客户.xlsx" → "客户-rejected.csv". */
  static String fileName(String uploaded) {
    String name = uploaded == null || uploaded.isBlank() ? "import" : uploaded;
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name) + "-rejected.csv";
  }
}
