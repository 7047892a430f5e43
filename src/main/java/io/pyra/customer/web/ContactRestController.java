package io.pyra.customer.web;

import io.pyra.customer.contact.Contact;
import io.pyra.customer.contact.ContactService;
import io.pyra.customer.contact.SaveContact;
import io.pyra.customer.web.CustomerRepresentation.ContactJson;
import io.pyra.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
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
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The contact persons of a customer over the API. */
@Tag(name = "Customer contacts")
@RestController
@RequestMapping("/api/v1/customers/{customerId}/contacts")
class ContactRestController {

  record ContactRequest(
      @Size(max = 200) String name,
      @Size(max = 200) String title,
      @Size(max = 40) String phone,
      @Size(max = 254) String email,
      @Size(max = 2000) String notes) {}

  private final ContactService contacts;
  private final JsonMapper json;

  ContactRestController(ContactService contacts, JsonMapper json) {
    this.contacts = contacts;
    this.json = json;
  }

  @Operation(summary = "The contacts of a customer")
  @GetMapping
  @PreAuthorize("hasAuthority('customer.read')")
  List<ContactJson> list(@PathVariable UUID customerId) {
    return contacts.ofVisible(customerId).stream().map(CustomerRepresentation::contact).toList();
  }

  @Operation(summary = "Add a contact to a customer")
  @PostMapping
  @PreAuthorize("hasAuthority('customer.update')")
  ResponseEntity<ContactJson> add(
      @PathVariable UUID customerId, @RequestBody ContactRequest request) {
    Contact contact =
        contacts.add(
            customerId,
            new SaveContact(
                request.name(),
                request.title(),
                request.phone(),
                request.email(),
                request.notes(),
                null));
    return ResponseEntity.created(
            URI.create("/api/v1/customers/" + customerId + "/contacts/" + contact.id()))
        .eTag(ETags.of(contact.version()))
        .body(CustomerRepresentation.contact(contact));
  }

  @Operation(summary = "Change the given fields of a contact (If-Match required)")
  @PatchMapping("/{contactId}")
  @PreAuthorize("hasAuthority('customer.update')")
  ResponseEntity<ContactJson> patch(
      @PathVariable UUID customerId,
      @PathVariable UUID contactId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = @Content(schema = @Schema(implementation = ContactRequest.class)))
          @RequestBody
          JsonNode body,
      HttpServletRequest http) {
    if (body == null || !body.isObject()) {
      throw new HttpMessageNotReadableException(
          "a JSON object is expected", new ServletServerHttpRequest(http));
    }
    try {
      json.treeToValue(body, ContactRequest.class);
    } catch (JacksonException e) {
      // unknown or mistyped fields: 400 naming the field, like any unreadable body
      throw new HttpMessageNotReadableException(
          e.getOriginalMessage(), e, new ServletServerHttpRequest(http));
    }
    Contact current = contacts.get(customerId, contactId);
    long version = ETags.required(ifMatch, "contact");
    Contact saved =
        contacts.update(
            customerId,
            contactId,
            new SaveContact(
                text(body, "name", current.name()), text(body, "title", current.title()),
                text(body, "phone", current.phone()), text(body, "email", current.email()),
                text(body, "notes", current.notes()), version));
    return ResponseEntity.ok()
        .eTag(ETags.of(saved.version()))
        .body(CustomerRepresentation.contact(saved));
  }

  @Operation(summary = "Remove a contact (If-Match required)")
  @DeleteMapping("/{contactId}")
  @PreAuthorize("hasAuthority('customer.update')")
  ResponseEntity<Void> remove(
      @PathVariable UUID customerId,
      @PathVariable UUID contactId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    contacts.get(customerId, contactId);
    contacts.remove(customerId, contactId, ETags.required(ifMatch, "contact"));
    return ResponseEntity.noContent().build();
  }

  private static String text(JsonNode body, String field, String current) {
    if (!body.has(field)) {
      return current;
    }
    JsonNode value = body.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
