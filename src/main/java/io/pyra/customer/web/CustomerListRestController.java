package io.pyra.customer.web;

import io.pyra.customer.CustomerKind;
import io.pyra.customer.LifecycleStage;
import io.pyra.customer.directory.CustomerDirectory;
import io.pyra.customer.directory.CustomerRow;
import io.pyra.customer.directory.CustomerSort;
import io.pyra.customer.directory.ValueGrade;
import io.pyra.customer.directory.ValueTier;
import io.pyra.platform.query.Slice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The customer list of the API: the page's filters as query parameters, paged by cursor. */
@Tag(name = "Customers")
@RestController
class CustomerListRestController {

  private final CustomerDirectory directory;

  CustomerListRestController(CustomerDirectory directory) {
    this.directory = directory;
  }

  /** A customer in a list: the fields named as on the page. */
  record CustomerListItem(
      UUID id,
      String code,
      CustomerKind kind,
      String name,
      LifecycleStage stage,
      UUID ownerId,
      String ownerName,
      UUID orgUnitId,
      String orgUnitName,
      String sector,
      String city,
      String phone,
      String email,
      List<String> phones,
      List<String> emails,
      List<String> tags,
      Map<String, Object> customFields,
      @Schema(
              description =
                  "The customer's value tier (TOP, HIGH, MIDDLE, LOW) at the latest month end of the"
                      + " REVENUE_SHARES pyramid; absent without one or without value.read reaching"
                      + " the customer")
          ValueTier tier,
      @Schema(
              description =
                  "The customer's ABC grade (A, B, C): the manager's unexpired override, else the"
                      + " grade the ABC scheme last computed; absent without one or without"
                      + " value.read reaching the customer")
          ValueGrade grade,
      Instant createdAt,
      Instant updatedAt,
      long version) {

    static CustomerListItem of(CustomerRow row) {
      return new CustomerListItem(
          row.id(),
          row.code(),
          row.kind(),
          row.name(),
          row.stage(),
          row.ownerId(),
          row.ownerName(),
          row.orgUnitId(),
          row.orgUnitName(),
          row.sector(),
          row.city(),
          row.phone(),
          row.email(),
          row.phones(),
          row.emails(),
          row.tags(),
          row.customFields(),
          row.tier(),
          row.grade(),
          row.createdAt(),
          row.updatedAt(),
          row.version());
    }
  }

  record CustomerListResponse(List<CustomerListItem> items, String nextCursor) {}

  /** The filters by customer value, documented for the list and the export. */
  @Parameters({
    @Parameter(
        name = "tier",
        in = ParameterIn.QUERY,
        description = "customers of this value tier whose tier you may see; needs value.read",
        schema =
            @Schema(
                type = "string",
                allowableValues = {"TOP", "HIGH", "MIDDLE", "LOW"})),
    @Parameter(
        name = "grade",
        in = ParameterIn.QUERY,
        description = "customers of this ABC grade whose grade you may see; needs value.read",
        schema =
            @Schema(
                type = "string",
                allowableValues = {"A", "B", "C"})),
    @Parameter(
        name = "segment",
        in = ParameterIn.QUERY,
        description =
            "customers of this RFM segment (its code, e.g. CHAMPIONS) at the latest month end of"
                + " the REVENUE_SHARES pyramid whose value you may see; needs value.read",
        schema = @Schema(type = "string", maxLength = 40))
  })
  @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @interface ValueFilters {}

  @Operation(
      summary =
          "List the customers you may see. Filters: q (name, code, phone, email), stage, ownerId, "
              + "orgUnitId (with its subtree), sector (with sub-sectors), tag (repeatable; all must match), cf.<code>=value, "
              + "cf.<code>.min, cf.<code>.max, tier (TOP|HIGH|MIDDLE|LOW: customers of that value tier "
              + "whose tier you may see; needs value.read), grade (A|B|C, the same), segment (an RFM "
              + "segment's code, the same); sort = name|code|created|updated|tier|grade (prefix - for "
              + "descending; tier: TOP first … customers without a tier last, grade: A first … none "
              + "last, by name within; needs value.read); limit (max 200); "
              + "cursor = the nextCursor of the previous page")
  @ValueFilters
  @GetMapping("/api/v1/customers")
  @PreAuthorize("hasAuthority('customer.read')")
  CustomerListResponse list(
      @RequestParam MultiValueMap<String, String> params,
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String cursor) {
    Slice<CustomerRow> slice =
        directory.search(
            CustomerQueryParams.filter(params), CustomerSort.parse(sort), cursor, limit);
    return new CustomerListResponse(
        slice.items().stream().map(CustomerListItem::of).toList(), slice.nextCursor());
  }
}
