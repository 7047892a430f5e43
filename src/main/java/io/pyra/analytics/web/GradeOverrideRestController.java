package io.pyra.analytics.web;

import io.pyra.analytics.grading.GradeOverrides;
import io.pyra.analytics.grading.GrowthProspects;
import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerRef;
import io.pyra.identity.CurrentUser;
import io.pyra.identity.UserId;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's grade as a manager corrects it (an override with a reason and an optional last day,
 * audited) and their growth prospect as their owner or a manager enters it. The customer must be
 * one the caller reads (else 404) and their {@code value.manage} must reach it (else 403).
 */
@RestController
@RequestMapping("/api/v1/customers/{id}")
@Tag(name = "Customer value")
class GradeOverrideRestController {

  private final GradeOverrides overrides;
  private final GrowthProspects prospects;
  private final CustomerApi customers;
  private final CurrentUser currentUser;
  private final ValueRequests requests;

  GradeOverrideRestController(
      GradeOverrides overrides,
      GrowthProspects prospects,
      CustomerApi customers,
      CurrentUser currentUser,
      ValueRequests requests) {
    this.overrides = overrides;
    this.prospects = prospects;
    this.customers = customers;
    this.currentUser = currentUser;
    this.requests = requests;
  }

  /** A manager's grade for the customer. */
  record GradeOverrideRequest(
      @Schema(description = "A, B or C") @Size(max = 10) String grade,
      @Size(max = GradeOverrides.REASON_MAX) String reason,
      @Schema(description = "the last day it holds (not in the past); none: until removed")
          @Size(max = 20)
          String expiresOn) {}

  /** The customer's growth prospect. */
  record ProspectRequest(@Schema(description = "0 to 100") Integer prospect) {}

  @PutMapping("/grade-override")
  @Operation(
      summary = "Override the customer's grade",
      description =
          "grade A, B or C, a reason (up to 500 characters) and an optional last day, not in the"
              + " past; audited; the automatic grade stays beside it; needs value.manage")
  Map<String, Object> override(
      @PathVariable String id, @Valid @RequestBody GradeOverrideRequest request) {
    CustomerRef customer = manageable(id);
    GradeOverrides.Override set =
        overrides.set(
            customer.id().value(),
            request.grade(),
            request.reason(),
            request.expiresOn(),
            requests.today(),
            UserId.valueOrNull(currentUser.id().orElse(null)));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("customerId", customer.id().value().toString());
    json.put("code", customer.code());
    json.put("grade", set.grade().name());
    json.put("reason", set.reason());
    json.put("expiresOn", set.expiresOn() == null ? null : set.expiresOn().toString());
    return json;
  }

  @DeleteMapping("/grade-override")
  @Operation(summary = "Remove the override of the customer's grade", description = "audited")
  ResponseEntity<Void> removeOverride(@PathVariable String id) {
    CustomerRef customer = manageable(id);
    overrides.remove(customer.id().value());
    return ResponseEntity.noContent().build();
  }

  @PutMapping("/growth-prospect")
  @Operation(
      summary = "Enter the customer's growth prospect",
      description = "0 to 100; by the customer's owner or with value.manage; audited")
  Map<String, Object> prospect(
      @PathVariable String id, @Valid @RequestBody ProspectRequest request) {
    CustomerRef customer = customers.require("customer.read", customerId(id));
    boolean owner =
        customer.ownerId() != null && customer.ownerId().equals(currentUser.id().orElse(null));
    if (!owner && !customers.reaches(ValueRequests.MANAGE, customer)) {
      throw new AccessRefusedException("the owner or value.manage enters the growth prospect");
    }
    int set =
        prospects.set(
            customer.id().value(),
            request.prospect(),
            UserId.valueOrNull(currentUser.id().orElse(null)));
    return Map.of("customerId", customer.id().value().toString(), "prospect", set);
  }

  private CustomerRef manageable(String id) {
    return customers.require(ValueRequests.MANAGE, customerId(id));
  }

  private static CustomerId customerId(String text) {
    try {
      return new CustomerId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new RecordNotFoundException("customer", text);
    }
  }
}
