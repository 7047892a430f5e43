package io.pyra.integration.web;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.AddressType;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.Kind;
import ezvcard.property.Uid;
import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerImportApi;
import io.pyra.customer.CustomerKind;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Customers as vCard 4.0: one, or a set of ids; only those the caller may read. */
@Tag(name = "Customers")
@RestController
class CustomerVCardRestController {

  /** The most customers one export names. */
  static final int MAX_IDS = 1000;

  private final CustomerImportApi customers;
  private final Problems problems;

  CustomerVCardRestController(CustomerImportApi customers, Problems problems) {
    this.customers = customers;
    this.problems = problems;
  }

  @Operation(summary = "One customer as a vCard 4.0")
  @GetMapping(value = "/api/v1/customers/{id}/vcard", produces = "text/vcard")
  @PreAuthorize("hasAuthority('customer.read')")
  ResponseEntity<String> one(@PathVariable UUID id) {
    CustomerImportApi.Card card =
        customers
            .card(new CustomerId(id))
            .orElseThrow(() -> new RecordNotFoundException("customer", id));
    return vcf(List.of(card), card.code() + ".vcf");
  }

  @Operation(summary = "Several customers (ids, comma separated) as one vCard 4.0 file")
  @GetMapping(value = "/api/v1/customers/export.vcf", produces = "text/vcard")
  @PreAuthorize("hasAuthority('customer.export')")
  ResponseEntity<String> many(
      @Parameter(
              description = "Customer ids separated by commas, at most " + MAX_IDS,
              array = @ArraySchema(maxItems = MAX_IDS),
              required = true)
          @RequestParam(name = "ids", required = false)
          List<UUID> ids) {
    // "ids=," or "ids=" binds as empty or null entries: name the parameter rather than fail on them
    if (ids == null || ids.isEmpty() || ids.contains(null)) {
      throw new MalformedIds(
          new RuleViolation("ids", "id-list", "validation.id-list", "ids", MAX_IDS));
    }
    if (ids.size() > MAX_IDS) {
      throw new MalformedIds(
          new RuleViolation("ids", "max-items", "validation.max-items", "ids", MAX_IDS));
    }
    List<CustomerImportApi.Card> cards = new ArrayList<>();
    for (UUID id : ids.stream().distinct().toList()) {
      customers.card(new CustomerId(id)).ifPresent(cards::add);
    }
    return vcf(cards, "customers.vcf");
  }

  @ExceptionHandler(MalformedIds.class)
  ProblemDetail malformed(MalformedIds e, Locale locale) {
    return problems.invalid(HttpStatus.BAD_REQUEST, List.of(e.violation), locale);
  }

  /** A list of ids that cannot be read as one: answered 400, naming the parameter. */
  private static final class MalformedIds extends RuntimeException {

    private final transient RuleViolation violation;

    MalformedIds(RuleViolation violation) {
      super(violation.rule(), null, false, false);
      this.violation = violation;
    }
  }

  private static ResponseEntity<String> vcf(List<CustomerImportApi.Card> cards, String fileName) {
    List<VCard> vcards = cards.stream().map(CustomerVCardRestController::vcard).toList();
    String text = Ezvcard.write(vcards).version(VCardVersion.V4_0).prodId(false).go();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, "text/vcard;charset=UTF-8")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
        .body(text);
  }

  static VCard vcard(CustomerImportApi.Card c) {
    VCard card = new VCard(VCardVersion.V4_0);
    card.setUid(new Uid("urn:uuid:" + c.id()));
    card.setKind(c.kind() == CustomerKind.ORGANIZATION ? Kind.org() : Kind.individual());
    card.setFormattedName(c.name());
    if (c.kind() == CustomerKind.ORGANIZATION) {
      card.setOrganization(c.name());
    }
    c.phones().forEach(p -> card.addTelephoneNumber(p));
    c.emails().forEach(card::addEmail);
    if (c.city() != null || c.street() != null || c.country() != null || c.province() != null) {
      Address address = new Address();
      address.setStreetAddress(c.street());
      address.setLocality(c.city());
      address.setRegion(c.province());
      address.setPostalCode(c.postalCode());
      address.setCountry(c.country());
      address.getTypes().add(AddressType.WORK);
      card.addAddress(address);
    }
    if (!c.tags().isEmpty()) {
      Categories categories = new Categories();
      categories.getValues().addAll(c.tags());
      card.setCategories(categories);
    }
    if (c.note() != null) {
      card.addNote(c.note());
    }
    card.addExtendedProperty("X-PYRA-CODE", c.code());
    if (c.updatedAt() != null) {
      card.setRevision(c.updatedAt());
    }
    return card;
  }
}
