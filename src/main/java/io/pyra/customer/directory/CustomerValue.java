package io.pyra.customer.directory;

/**
 * What a user may see of a customer's value: its tier and its grade, each null when the customer
 * has none; {@link #NONE} for a customer without either or beyond the user's value.read.
 */
public record CustomerValue(ValueTier tier, ValueGrade grade) {

  public static final CustomerValue NONE = new CustomerValue(null, null);

  public boolean isEmpty() {
    return tier == null && grade == null;
  }
}
