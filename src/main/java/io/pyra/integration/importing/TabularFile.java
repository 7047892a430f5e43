package io.pyra.integration.importing;

import io.pyra.platform.PhoneNumbers;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** An uploaded file read as a header and a stream of rows, whatever its format. */
public interface TabularFile {

  List<String> header();

  /** The character between the cells of a line: a CSV's own, a comma for other formats. */
  default char delimiter() {
    return ',';
  }

  /** Streams the data rows after {@code afterRow} (0: all) to {@code handler}, in file order. */
  void rows(int afterRow, Consumer<SourceRow> handler);

  /** The format of a file by its name: csv, xlsx, vcf or zip (a set of CSV files). */
  static String formatOf(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
      return "xlsx";
    }
    if (name.endsWith(".vcf") || name.endsWith(".vcard")) {
      return "vcf";
    }
    if (name.endsWith(".zip")) {
      return "zip";
    }
    return "csv";
  }

  /**
   * The file read in its format; a row with a NUL character is reported as unreadable ({@link
   * NulCheckedFile}).
   */
  static TabularFile open(Path file, String format, PhoneNumbers phones) {
    if ("zip".equals(format)) {
      return OpportunitySet.open(file, format).pipeline();
    }
    return new NulCheckedFile(
        switch (format) {
          case "xlsx" -> new XlsxFile(file);
          case "vcf" -> new VCardFile(file, phones);
          default -> new CsvFile(file);
        });
  }
}
