package io.pyra.customer.web;

import io.pyra.customer.CustomerCard;
import io.pyra.customer.lookup.CustomerLookup;
import io.pyra.customer.profile.Address;
import io.pyra.customer.profile.Customer;
import io.pyra.customer.profile.CustomerAccess;
import io.pyra.customer.profile.CustomerMerger;
import io.pyra.customer.profile.CustomerService;
import io.pyra.customer.profile.CustomerTransfers;
import io.pyra.customer.profile.MergeCustomers;
import io.pyra.customer.profile.Profile;
import io.pyra.customer.profile.SaveCustomer;
import io.pyra.customer.web.CustomerRepresentation.CustomerJson;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.idempotency.IdempotentRequests;
import io.pyra.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One customer over the API: create (idempotent with an {@code Idempotency-Key}), read, change with
 * {@code If-Match}, soft delete, merge, transfer of an owner's customers, and the known-caller
 * lookup. The list and search live in their own controller.
 */
@Tag(name = "Customers")
@RestController
@RequestMapping("/api/v1/customers")
class CustomerRestController {

  record CustomerRequest(
      @Size(max = 20) String kind,
      @Size(max = 300) String name,
      @Valid @Size(max = 20) List<SaveCustomer.PhoneInput> phones,
      @Valid @Size(max = 20) List<SaveCustomer.EmailInput> emails,
      @Size(max = 20) String stage,
      @Size(max = 60) String sector,
      UUID ownerId,
      UUID orgUnitId,
      @Valid Address address,
      @Valid Profile profile,
      @Size(max = 50) Set<@Size(max = 60) String> tags,
      @Valid @Size(max = 10) List<SaveCustomer.ConsentInput> consents,
      @Schema(maxProperties = 200) @Size(max = 200) Map<String, Object> customFields,
      @Size(max = 500) String duplicateReason) {

    SaveCustomer command() {
      return new SaveCustomer(
          kind,
          name,
          stage,
          ownerId,
          orgUnitId,
          sector,
          phones,
          emails,
          address,
          profile,
          tags,
          consents,
          customFields,
          duplicateReason,
          null);
    }
  }

  record MergeRequest(
      UUID mergedId,
      @Schema(maxProperties = 100, additionalPropertiesSchema = MergeChoice.class) @Size(max = 100)
          Map<String, @Size(max = 20) String> fields) {}

  /** Whose value a merge keeps for one field: {@code survivor}, {@code merged} or {@code both}. */
  @Schema(type = "string", maxLength = 20, example = "merged")
  interface MergeChoice {}

  record TransferRequest(UUID fromOwnerId, UUID toOwnerId, UUID orgUnitId) {}

  record TransferResponse(int moved) {}

  record LookupResponse(
      String normalized,
      List<CustomerCardResponse> items,
      @Schema(
              nullable = true,
              description =
                  "Customers with this phone or email that you may not open: how many and the"
                      + " branches that own them, nothing else; null when there are none")
          CustomerCardResponse.OutOfScope outOfScope) {

    static LookupResponse of(
        String normalized, List<CustomerCard> cards, io.pyra.customer.lookup.OutOfScope hidden) {
      return new LookupResponse(
          normalized,
          cards.stream().map(CustomerCardResponse::of).toList(),
          CustomerCardResponse.OutOfScope.of(hidden));
    }
  }

  private final CustomerService customers;
  private final CustomerMerger merger;
  private final CustomerTransfers transfers;
  private final CustomerLookup lookup;
  private final CustomerAccess access;
  private final CustomerRepresentation representation;
  private final IdempotentRequests idempotency;
  private final JsonMapper json;

  CustomerRestController(
      CustomerService customers,
      CustomerMerger merger,
      CustomerTransfers transfers,
      CustomerLookup lookup,
      CustomerAccess access,
      CustomerRepresentation representation,
      IdempotentRequests idempotency,
      JsonMapper json) {
    this.customers = customers;
    this.merger = merger;
    this.transfers = transfers;
    this.lookup = lookup;
    this.access = access;
    this.representation = representation;
    this.idempotency = idempotency;
    this.json = json;
  }

  @Operation(
      summary =
          "Create a customer; an Idempotency-Key makes a retried create return the first result")
  @PostMapping
  @PreAuthorize("hasAuthority('customer.create')")
  ResponseEntity<CustomerJson> create(
      @RequestBody CustomerRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        access.currentUserId(),
        request,
        () -> created(customers.create(request.command())),
        first -> created(customers.get(idFrom(first.location()))));
  }

  @Operation(
      summary = "Read one customer by id or code; a merged record's id or code gives the survivor")
  @GetMapping("/{idOrCode}")
  @PreAuthorize("hasAuthority('customer.read')")
  ResponseEntity<CustomerJson> get(@PathVariable String idOrCode) {
    CustomerJson customer = representation.json(find(idOrCode));
    return ResponseEntity.ok().eTag(ETags.of(customer.version())).body(customer);
  }

  @Operation(summary = "Change the given fields of a customer (If-Match required)")
  @PatchMapping("/{id}")
  @PreAuthorize("hasAuthority('customer.update')")
  ResponseEntity<CustomerJson> patch(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = @Content(schema = @Schema(implementation = CustomerRequest.class)))
          @RequestBody
          JsonNode body,
      HttpServletRequest http) {
    CustomerRequest patch = read(body, http);
    UUID currentId = customers.writable(id, "customer.update").id();
    long version = ETags.required(ifMatch, "customer");
    SaveCustomer now = representation.asCommand(currentId, version);
    Customer saved =
        customers.update(
            currentId,
            new SaveCustomer(
                body.has("kind") ? patch.kind() : null,
                body.has("name") ? patch.name() : now.name(),
                body.has("stage") ? patch.stage() : now.stage(),
                body.has("ownerId") ? patch.ownerId() : now.ownerId(),
                body.has("orgUnitId") ? patch.orgUnitId() : now.orgUnitId(),
                body.has("sector") ? patch.sector() : now.sector(),
                body.has("phones") ? patch.phones() : now.phones(),
                body.has("emails") ? patch.emails() : now.emails(),
                body.has("address") ? patch.address() : now.address(),
                body.has("profile") ? patch.profile() : now.profile(),
                body.has("tags") ? patch.tags() : now.tags(),
                body.has("consents") ? patch.consents() : now.consents(),
                body.has("customFields") ? patch.customFields() : now.customFields(),
                patch.duplicateReason(),
                version));
    CustomerJson json = representation.json(saved.id());
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  @Operation(
      summary = "Delete a customer (soft; If-Match required); refused while other records need it")
  @DeleteMapping("/{id}")
  @PreAuthorize("hasAuthority('customer.delete')")
  ResponseEntity<Void> delete(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    customers.delete(id, ETags.required(ifMatch, "customer"));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Merge another customer into this one, choosing per field whose value to keep")
  @PostMapping("/{survivorId}/merge")
  @PreAuthorize("hasAuthority('customer.merge')")
  ResponseEntity<CustomerJson> merge(
      @PathVariable UUID survivorId,
      @RequestBody MergeRequest request,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    Long version =
        ifMatch == null || ifMatch.isBlank() ? null : ETags.required(ifMatch, "customer");
    Customer survivor =
        merger.merge(
            new MergeCustomers(survivorId, request.mergedId(), request.fields(), version, null));
    CustomerJson json = representation.json(survivor.id());
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  @Operation(summary = "Move all customers of one owner to another user; answers the number moved")
  @PostMapping("/transfers")
  @PreAuthorize("hasAuthority('customer.transfer')")
  TransferResponse transfer(@RequestBody TransferRequest request) {
    if (request.fromOwnerId() == null || request.toOwnerId() == null) {
      throw new BusinessRuleException(
          request.fromOwnerId() == null ? "fromOwnerId" : "toOwnerId",
          "required",
          "validation.required",
          request.fromOwnerId() == null ? "fromOwnerId" : "toOwnerId");
    }
    return new TransferResponse(
        transfers.transfer(request.fromOwnerId(), request.toOwnerId(), request.orgUnitId()));
  }

  @Operation(
      summary =
          "Known caller: the customers you may see with this phone or email (theirs or a contact's)")
  @GetMapping("/lookup")
  @PreAuthorize("hasAuthority('customer.read')")
  LookupResponse lookup(
      @RequestParam(required = false) String phone, @RequestParam(required = false) String email) {
    if (phone != null && !phone.isBlank()) {
      String normalized =
          lookup
              .normalizePhone(phone)
              .orElseThrow(
                  () ->
                      new BusinessRuleException(
                          "phone", "phone", "validation.phone", phone.strip()));
      return LookupResponse.of(
          normalized,
          lookup.withLastContacts(lookup.byPhone(phone)),
          lookup.outOfScope(lookup.hiddenByPhone(phone)));
    }
    if (email != null && !email.isBlank()) {
      String normalized =
          io.pyra.platform.EmailAddress.parse(email)
              .map(e -> e.value())
              .orElseThrow(
                  () ->
                      new BusinessRuleException(
                          "email", "email", "validation.email", email.strip()));
      return LookupResponse.of(
          normalized,
          lookup.withLastContacts(lookup.byEmail(email)),
          lookup.outOfScope(lookup.hiddenByEmail(email)));
    }
    throw new BusinessRuleException("phone", "required", "validation.required", "phone");
  }

  private UUID find(String idOrCode) {
    UUID id;
    try {
      id = UUID.fromString(idOrCode);
    } catch (IllegalArgumentException notAnId) {
      return customers
          .byCode(idOrCode)
          .map(Customer::id)
          .orElseThrow(() -> new RecordNotFoundException("customer", idOrCode));
    }
    return customers.get(id).id();
  }

  private ResponseEntity<CustomerJson> created(Customer customer) {
    CustomerJson json = representation.json(customer.id());
    return ResponseEntity.created(URI.create("/api/v1/customers/" + json.id()))
        .eTag(ETags.of(json.version()))
        .body(json);
  }

  private static UUID idFrom(String location) {
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  private CustomerRequest read(JsonNode body, HttpServletRequest request) {
    if (body == null || !body.isObject()) {
      throw new HttpMessageNotReadableException(
          "a JSON object is expected", new ServletServerHttpRequest(request));
    }
    try {
      return json.treeToValue(body, CustomerRequest.class);
    } catch (JacksonException e) {
      throw new HttpMessageNotReadableException(
          e.getOriginalMessage(), e, new ServletServerHttpRequest(request));
    }
  }
}
