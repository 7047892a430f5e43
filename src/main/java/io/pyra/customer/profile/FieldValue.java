package io.pyra.customer.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One value of a custom field; a multiple-choice field has one value per chosen option, numbered by
 * {@code position}. Exactly one of the typed columns is set. Numbers are equal by value ({@code
 * 120000.0000}, as the column keeps it, is {@code 120000} as typed), so that saving a customer
 * whose number was not changed neither rewrites its values nor logs them as a change.
 */
@Embeddable
public record FieldValue(
    @Column(name = "field_id") UUID fieldId,
    int position,
    @Column(name = "text_value") String text,
    @Column(name = "number_value") BigDecimal number,
    @Column(name = "date_value") LocalDate date,
    @Column(name = "bool_value") Boolean bool) {

  @Override
  public boolean equals(Object other) {
    return other instanceof FieldValue v
        && position == v.position
        && Objects.equals(fieldId, v.fieldId)
        && Objects.equals(text, v.text)
        && (number == null ? v.number == null : v.number != null && number.compareTo(v.number) == 0)
        && Objects.equals(date, v.date)
        && Objects.equals(bool, v.bool);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        fieldId, position, text, number == null ? null : number.stripTrailingZeros(), date, bool);
  }
}
