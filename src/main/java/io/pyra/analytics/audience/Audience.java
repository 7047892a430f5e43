package io.pyra.analytics.audience;

import io.pyra.platform.query.QueryPart;
import java.util.List;
import java.util.UUID;

/**
 * Whom a scheme ranks or grades: the customers of an org unit and the units below it ({@code
 * orgUnitId}), of a sector and its sub-sectors ({@code sectorId}) and whose custom fields meet
 * every one of {@code fields}; the parts given are AND-ed, none is every customer.
 */
public record Audience(UUID orgUnitId, UUID sectorId, List<FieldCondition> fields) {

  /** At most this many conditions on custom fields. */
  public static final int FIELDS_MAX = 5;

  /** Every customer. */
  public static final Audience ALL = new Audience(null, null, List.of());

  public Audience {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  /**
   * A condition on one custom field: the customer has a value equal to {@code equalTo}, at least
   * {@code min} and at most {@code max}, those given. The values are kept as checked: a number as
   * plain decimal text, a date as ISO text, yes/no as {@code true} or {@code false}, a choice as
   * the choice is written; {@code type} is the field's (a {@code customer_field_view.type}).
   */
  public record FieldCondition(
      UUID fieldId, String code, String type, String equalTo, String min, String max) {}

  /** The same org unit and sector with these conditions on custom fields. */
  public Audience withFields(List<FieldCondition> conditions) {
    return new Audience(orgUnitId, sectorId, conditions);
  }

  /** Whether this audience is every customer. */
  public boolean everyone() {
    return orgUnitId == null && sectorId == null && fields.isEmpty();
  }

  /**
   * The audience as a condition on {@code c}, the customer's row of {@code customer_card_view}, its
   * parameters named apart from those of the statements it goes into; {@code 1 = 1} for every
   * customer.
   */
  public QueryPart condition() {
    return AudienceCondition.of(this);
  }
}
