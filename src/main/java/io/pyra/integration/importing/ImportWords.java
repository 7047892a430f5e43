package io.pyra.integration.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The import's words as the pages show them, in English and Chinese, from the message bundles: the
 * labels of the fields (so a header that names a field as the mapping page or the customer pages do
 * maps to it) and the header of the reason column of a file of rejected rows (so that column is
 * left out when the file is imported again).
 */
@Component
public class ImportWords {

  /** The languages of the pages. */
  public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

  /** The header of the reason column of a file of rejected rows. */
  public static final String REASON_COLUMN = "imports.rejected.reason-column";

  /** The customer pages' keys that label a field of the customer import, besides its target's. */
  private static final Map<String, List<String>> CUSTOMER_LABELS =
      Map.ofEntries(
          Map.entry("code", List.of("customers.column.code")),
          Map.entry("kind", List.of("customers.column.kind")),
          Map.entry("name", List.of("customers.column.name", "customer.merge.field.name")),
          Map.entry("phone", List.of("customers.column.phone", "field.phones")),
          Map.entry("email", List.of("customers.column.email", "field.emails")),
          Map.entry("stage", List.of("customers.column.stage", "field.stage")),
          Map.entry("sector", List.of("customers.column.sector", "field.sector")),
          Map.entry("owner", List.of("customers.column.owner", "field.ownerId")),
          Map.entry("orgUnit", List.of("customers.column.orgUnit")),
          Map.entry("tags", List.of("customers.column.tags", "field.tags")));

  private final MessageSource messages;

  ImportWords(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * Each label of each field of the entity in both languages (and the label without a note in
   * brackets: "类型" for "类型（机构或个人）"), to the field it labels.
   */
  public Map<String, String> fieldLabels(String entity) {
    List<String> fields =
        switch (entity) {
          case "contacts" -> ImportTargets.CONTACT_FIELDS;
          case "opportunities" -> ImportTargets.OPPORTUNITY_FIELDS;
          case "cases" -> ImportTargets.CASE_FIELDS;
          default -> ImportTargets.SALES_FIELDS.getOrDefault(entity, ImportTargets.CUSTOMER_FIELDS);
        };
    Map<String, String> labels = new LinkedHashMap<>();
    for (String field : fields) {
      for (Locale locale : LANGUAGES) {
        label(labels, "imports.target." + field, field, locale);
        if (!"contacts".equals(entity)
            && !"opportunities".equals(entity)
            && !"cases".equals(entity)
            && !ImportTargets.SALES_FIELDS.containsKey(entity)) {
          for (String key : CUSTOMER_LABELS.getOrDefault(field, List.of("field." + field))) {
            label(labels, key, field, locale);
          }
        }
      }
    }
    return labels;
  }

  private void label(Map<String, String> labels, String key, String field, Locale locale) {
    String text = messages.getMessage(key, null, null, locale);
    if (text == null || text.isBlank()) {
      return;
    }
    labels.putIfAbsent(text.strip(), field);
    String bare = text.replaceAll("[(（].*$", "").strip();
    if (!bare.isEmpty()) {
      labels.putIfAbsent(bare, field);
    }
  }

  /** The reason column's header in the locale's language. */
  public String reasonColumn(Locale locale) {
    return messages.getMessage(REASON_COLUMN, null, REASON_COLUMN, locale);
  }

  /** Whether a header names the reason column of a file of rejected rows, in either language. */
  public boolean isReasonColumn(String header) {
    return reasonColumnKeys().contains(ImportTargets.key(header));
  }

  private Set<String> reasonColumnKeys() {
    Set<String> keys = new TreeSet<>();
    for (Locale locale : LANGUAGES) {
      keys.add(ImportTargets.key(reasonColumn(locale)));
    }
    return keys;
  }
}
