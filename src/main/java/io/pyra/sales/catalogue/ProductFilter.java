package io.pyra.sales.catalogue;

/**
 * Which products a list shows: {@code text} in the code or name, the exact {@code code} (case
 * ignored), the {@code category} by code with the categories below it, and {@code active}; {@code
 * null} or blank leaves a criterion out.
 */
public record ProductFilter(String text, String code, String category, Boolean active) {

  public static final ProductFilter NONE = new ProductFilter(null, null, null, null);

  public ProductFilter {
    text = blankToNull(text);
    code = blankToNull(code);
    category = blankToNull(category);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
