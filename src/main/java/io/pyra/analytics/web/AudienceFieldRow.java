package io.pyra.analytics.web;

import io.pyra.analytics.audience.Audience;
import io.pyra.analytics.audience.Audiences;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** One row of a scheme form's conditions on custom fields: the field's code and its bounds. */
public class AudienceFieldRow {

  /** The rows a form shows. */
  static final int SHOWN = Audience.FIELDS_MAX;

  @Size(max = Audiences.CODE_MAX)
  private String code;

  @Size(max = Audiences.EQUAL_TO_MAX)
  private String equalTo;

  @Size(max = Audiences.BOUND_MAX)
  private String min;

  @Size(max = Audiences.BOUND_MAX)
  private String max;

  /** {@link #SHOWN} empty rows. */
  static List<AudienceFieldRow> empty() {
    return of(List.of());
  }

  /** The rows of {@code fields}, then empty ones up to {@link #SHOWN}. */
  static List<AudienceFieldRow> of(List<Audience.FieldCondition> fields) {
    List<AudienceFieldRow> rows = new ArrayList<>();
    for (Audience.FieldCondition field : fields) {
      AudienceFieldRow row = new AudienceFieldRow();
      row.code = field.code();
      row.equalTo = field.equalTo();
      row.min = field.min();
      row.max = field.max();
      rows.add(row);
    }
    while (rows.size() < SHOWN) {
      rows.add(new AudienceFieldRow());
    }
    return rows;
  }

  /** The rows as typed conditions (empty rows are left out by the check). */
  static List<Audiences.FieldInput> inputs(List<AudienceFieldRow> rows) {
    return rows == null
        ? List.of()
        : rows.stream()
            .map(
                r ->
                    r == null
                        ? new Audiences.FieldInput(null, null, null, null)
                        : new Audiences.FieldInput(r.code, r.equalTo, r.min, r.max))
            .toList();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getEqualTo() {
    return equalTo;
  }

  public void setEqualTo(String equalTo) {
    this.equalTo = equalTo;
  }

  public String getMin() {
    return min;
  }

  public void setMin(String min) {
    this.min = min;
  }

  public String getMax() {
    return max;
  }

  public void setMax(String max) {
    this.max = max;
  }
}
