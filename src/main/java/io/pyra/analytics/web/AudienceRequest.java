package io.pyra.analytics.web;

import io.pyra.analytics.audience.Audiences;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Whom a scheme ranks or grades, as the API takes it: an org unit (code or id; the units below it
 * too), a sector (code; its sub-sectors too) and conditions on custom fields, all AND-ed; none is
 * every customer.
 */
@Schema(
    description =
        "orgUnit: code or id (and the units below it); sector: code (and its sub-sectors); fields:"
            + " at most 5 conditions {code, equalTo, min, max} on custom fields (equalTo for text,"
            + " choice and yes/no fields; min and max for number and date fields); all must hold")
record AudienceRequest(
    @Size(max = Audiences.CODE_MAX) String orgUnit,
    @Size(max = Audiences.CODE_MAX) String sector,
    @Size(max = MAX_ROWS) List<@Valid FieldRequest> fields) {

  /** More rows than this are refused before they are read; more than five are a 422. */
  static final int MAX_ROWS = 20;

  /** A condition on a custom field. */
  record FieldRequest(
      @Size(max = Audiences.CODE_MAX) String code,
      @Size(max = Audiences.EQUAL_TO_MAX) String equalTo,
      @Size(max = Audiences.BOUND_MAX) String min,
      @Size(max = Audiences.BOUND_MAX) String max) {}

  Audiences.Input input() {
    return new Audiences.Input(
        orgUnit,
        sector,
        fields == null
            ? List.of()
            : fields.stream()
                .map(
                    f ->
                        f == null
                            ? new Audiences.FieldInput(null, null, null, null)
                            : new Audiences.FieldInput(f.code(), f.equalTo(), f.min(), f.max()))
                .toList());
  }

  /** The audience of {@code request}, null when none was sent. */
  static Audiences.Input input(AudienceRequest request) {
    return request == null ? null : request.input();
  }
}
