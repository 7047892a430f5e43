package io.pyra.platform.audit;

/** One field's value before and after a change, as text ({@code null} when absent). */
public record FieldChange(String field, String before, String after) {

  /**
   * A field of a record being created, its value written as the log writes values (shortened when
   * long).
   */
  public static FieldChange created(String field, Object value) {
    return new FieldChange(field, null, AuditValues.format(value));
  }
}
