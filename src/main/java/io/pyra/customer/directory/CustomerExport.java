package io.pyra.customer.directory;

import io.pyra.customer.field.CustomField;
import io.pyra.customer.field.CustomFieldService;
import io.pyra.platform.SpreadsheetText;
import io.pyra.platform.error.BusinessRuleException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the filtered customer list, as the viewer may read and export it, to CSV (UTF-8 with a
 * byte order mark, so that Excel shows Chinese) or XLSX (streamed: a few hundred rows in memory),
 * one column per custom field after the standard ones; for a user who may see customer value, the
 * tier and the grade before them (empty for a customer whose value the user's value.read does not
 * reach, as on the list).
 */
@Component
public class CustomerExport {

  private static final List<String> COLUMNS =
      List.of(
          "code",
          "name",
          "kind",
          "stage",
          "owner",
          "orgUnit",
          "sector",
          "city",
          "phones",
          "emails",
          "tags",
          "createdAt",
          "updatedAt");

  /** After the standard columns, for a user who may see customer value. */
  private static final List<String> VALUE_COLUMNS = List.of("tier", "grade");

  private final CustomerDirectory directory;
  private final CustomFieldService fields;
  private final CustomerValues values;

  CustomerExport(CustomerDirectory directory, CustomFieldService fields, CustomerValues values) {
    this.directory = directory;
    this.fields = fields;
    this.values = values;
  }

  /** The file formats. */
  public enum Format {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    public String contentType() {
      return contentType;
    }

    public String extension() {
      return extension;
    }

    public static Format parse(String text) {
      try {
        return valueOf((text == null ? "csv" : text.strip()).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BusinessRuleException(
            "format", "one-of", "customers.export.format.unknown", text);
      }
    }
  }

  /** Refuses a filter with unknown codes or malformed values before anything is written. */
  public void check(CustomerFilter filter, CustomerSort sort) {
    directory.search(filter, sort, null, 1);
  }

  public void write(Format format, CustomerFilter filter, CustomerSort sort, OutputStream out)
      throws IOException {
    List<CustomField> columns = fields.all();
    List<String> header = new ArrayList<>(COLUMNS);
    if (values.shown()) {
      header.addAll(VALUE_COLUMNS);
    }
    columns.forEach(f -> header.add(f.code()));
    if (format == Format.CSV) {
      csv(filter, sort, columns, header, out);
    } else {
      xlsx(filter, sort, columns, header, out);
    }
  }

  private void csv(
      CustomerFilter filter,
      CustomerSort sort,
      List<CustomField> columns,
      List<String> header,
      OutputStream out)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer =
        new CSVPrinter(
            writer, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
    rows(
        filter,
        sort,
        columns,
        values -> {
          try {
            printer.printRecord(SpreadsheetText.cells(values));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    printer.flush();
  }

  private void xlsx(
      CustomerFilter filter,
      CustomerSort sort,
      List<CustomField> columns,
      List<String> header,
      OutputStream out)
      throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try {
      Sheet sheet = workbook.createSheet("customers");
      fill(sheet.createRow(0), header);
      int[] next = {1};
      rows(filter, sort, columns, values -> fill(sheet.createRow(next[0]++), values));
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }

  private void rows(
      CustomerFilter filter,
      CustomerSort sort,
      List<CustomField> columns,
      Consumer<List<String>> sink) {
    boolean withValue = values.shown();
    directory.forEachForExport(
        filter,
        sort,
        chunk -> {
          Map<UUID, CustomerValue> value =
              withValue ? values.of(chunk.stream().map(CustomerRow::id).toList()) : Map.of();
          chunk.forEach(
              row ->
                  sink.accept(
                      values(
                          row,
                          columns,
                          withValue ? value.getOrDefault(row.id(), CustomerValue.NONE) : null)));
        });
  }

  /** A row's cells; {@code worth} null when the user may not see customer value (no columns). */
  private static List<String> values(
      CustomerRow row, List<CustomField> columns, CustomerValue worth) {
    List<String> values =
        new ArrayList<>(
            List.of(
                row.code(),
                row.name(),
                row.kind().name(),
                row.stage().name(),
                text(row.ownerName()),
                text(row.orgUnitName()),
                text(row.sector()),
                text(row.city()),
                String.join("; ", row.phones()),
                String.join("; ", row.emails()),
                String.join("; ", row.tags()),
                row.createdAt().toString(),
                row.updatedAt().toString()));
    if (worth != null) {
      values.add(worth.tier() == null ? "" : worth.tier().name());
      values.add(worth.grade() == null ? "" : worth.grade().name());
    }
    for (CustomField field : columns) {
      Object value = row.customFields().get(field.code());
      values.add(
          value instanceof Collection<?> list
              ? String.join("; ", list.stream().map(String::valueOf).toList())
              : value == null ? "" : value.toString());
    }
    return values;
  }

  private static void fill(Row row, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      row.createCell(i).setCellValue(values.get(i));
    }
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
