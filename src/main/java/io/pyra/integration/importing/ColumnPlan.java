package io.pyra.integration.importing;

import io.pyra.customer.CustomerImportApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A mapping checked against the file's header: which column index fills which field. */
record ColumnPlan(List<Column> columns) {

  record Column(int index, String name, String field) {}

  /** The fields a sales import cannot do without. */
  private static final Map<String, List<String>> SALES_REQUIRED =
      Map.of(
          "orders", List.of("orderNumber", "quantity", "unitPrice"),
          "products", List.of("productCode", "productName"),
          "payments", List.of("orderNumber", "amount"));

  /** The fields an import of past cases cannot do without. */
  private static final List<String> CASE_REQUIRED =
      List.of("ticket", "customerEmail", "type", "subject", "status", "priority", "channel");

  /** Refuses (before anything runs) a mapping naming a column the file lacks or a field unknown. */
  static ColumnPlan of(
      List<String> header,
      Map<String, String> mapping,
      String entity,
      List<CustomerImportApi.FieldInfo> customFields) {
    List<String> fields = ImportTargets.fields(entity, customFields);
    List<Column> columns = new ArrayList<>();
    for (Map.Entry<String, String> entry : mapping.entrySet()) {
      String field = entry.getValue();
      if (field == null || field.isBlank()) {
        continue;
      }
      int index = header.indexOf(entry.getKey());
      if (index < 0) {
        throw new ImportFileException("import.mapping.missing-column", entry.getKey());
      }
      if (!fields.contains(field)) {
        throw new ImportFileException("import.mapping.unknown-field", field, entry.getKey());
      }
      columns.add(new Column(index, entry.getKey(), field));
    }
    if (columns.isEmpty()) {
      throw new ImportFileException("import.mapping.empty");
    }
    if ("opportunities".equals(entity)) {
      for (String required : List.of("opportunity", "agent", "dealStage")) {
        if (columns.stream().noneMatch(c -> c.field().equals(required))) {
          throw new ImportFileException("import.mapping.opportunity-required", required);
        }
      }
      return new ColumnPlan(columns);
    }
    if ("cases".equals(entity)) {
      for (String required : CASE_REQUIRED) {
        if (columns.stream().noneMatch(c -> c.field().equals(required))) {
          throw new ImportFileException("import.mapping.field-required", required);
        }
      }
      return new ColumnPlan(columns);
    }
    if (ImportTargets.SALES_FIELDS.containsKey(entity)) {
      for (String required : SALES_REQUIRED.get(entity)) {
        if (columns.stream().noneMatch(c -> c.field().equals(required))) {
          throw new ImportFileException("import.mapping.field-required", required);
        }
      }
      return new ColumnPlan(columns);
    }
    boolean customers = !"contacts".equals(entity);
    if (customers
        && columns.stream().noneMatch(c -> c.field().equals("name") || c.field().equals("code"))) {
      throw new ImportFileException("import.mapping.name-required");
    }
    if (!customers && columns.stream().noneMatch(c -> c.field().equals("customer"))) {
      throw new ImportFileException("import.mapping.customer-required");
    }
    return new ColumnPlan(columns);
  }
}
