package io.pyra.customer.directory;

import io.pyra.customer.LifecycleStage;
import java.util.List;
import java.util.UUID;

/**
 * What a user looks for in the customer list: free text (name, code, phone in any format, email),
 * lifecycle stage, owner, org unit (with the units below it), sector (with its sub-sectors), tags
 * (all of them), conditions on custom fields, and the customer's value: tier, grade and RFM segment
 * code (customers whose value the user may see). Every part is optional; given parts are AND-ed.
 */
public record CustomerFilter(
    String text,
    LifecycleStage stage,
    UUID ownerId,
    UUID orgUnitId,
    String sector,
    List<String> tags,
    List<FieldCondition> fields,
    ValueTier tier,
    ValueGrade grade,
    String segment) {

  public static final CustomerFilter NONE =
      new CustomerFilter(null, null, null, null, null, List.of(), List.of(), null, null, null);

  /** A filter without value. */
  public CustomerFilter(
      String text,
      LifecycleStage stage,
      UUID ownerId,
      UUID orgUnitId,
      String sector,
      List<String> tags,
      List<FieldCondition> fields) {
    this(text, stage, ownerId, orgUnitId, sector, tags, fields, null, null, null);
  }

  public CustomerFilter {
    text = text == null || text.isBlank() ? null : text.strip();
    sector = sector == null || sector.isBlank() ? null : sector.strip();
    segment = segment == null || segment.isBlank() ? null : segment.strip();
    tags =
        tags == null
            ? List.of()
            : tags.stream()
                .filter(t -> t != null && !t.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  public static CustomerFilter text(String text) {
    return new CustomerFilter(text, null, null, null, null, List.of(), List.of(), null, null, null);
  }

  /**
   * A condition on one custom field: {@code equalTo} for text, choice and boolean fields (and
   * numbers and dates), {@code min} and {@code max} (inclusive) for number and date fields.
   */
  public record FieldCondition(String code, String equalTo, String min, String max) {

    public FieldCondition {
      equalTo = blankToNull(equalTo);
      min = blankToNull(min);
      max = blankToNull(max);
    }

    public boolean isEmpty() {
      return equalTo == null && min == null && max == null;
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value.strip();
    }
  }
}
