package io.pyra.customer.web;

import io.pyra.customer.field.CustomField;
import io.pyra.customer.field.CustomFieldService;
import io.pyra.customer.field.SaveCustomField;
import io.pyra.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's custom customer fields over HTTP. */
@Tag(name = "Custom fields")
@RestController
@RequestMapping("/api/v1/customer-fields")
class CustomFieldRestController {

  record FieldResource(
      UUID id,
      String code,
      String labelEn,
      String labelZh,
      String type,
      boolean required,
      List<String> choices,
      int position,
      boolean active,
      long version) {

    static FieldResource of(CustomField f) {
      return new FieldResource(
          f.id(),
          f.code(),
          f.labelEn(),
          f.labelZh(),
          f.type().name(),
          f.required(),
          f.choices(),
          f.position(),
          f.active(),
          f.version());
    }
  }

  record CreateFieldRequest(
      @Size(max = 60) String code,
      @Size(max = 200) String labelEn,
      @Size(max = 200) String labelZh,
      @Size(max = 20) String type,
      Boolean required,
      @Size(max = 30) List<@Size(max = 100) String> choices,
      Integer position) {}

  record PatchFieldRequest(
      @Size(max = 200) String labelEn,
      @Size(max = 200) String labelZh,
      Boolean required,
      @Size(max = 30) List<@Size(max = 100) String> choices,
      Integer position,
      Boolean active) {}

  private final CustomFieldService fields;

  CustomFieldRestController(CustomFieldService fields) {
    this.fields = fields;
  }

  @Operation(summary = "The custom fields of customers, in their order")
  @GetMapping
  @PreAuthorize("hasAuthority('customer.read')")
  List<FieldResource> list() {
    return fields.all().stream().map(FieldResource::of).toList();
  }

  @Operation(summary = "One custom field")
  @GetMapping("/{id}")
  @PreAuthorize("hasAuthority('customer.read')")
  ResponseEntity<FieldResource> get(@PathVariable UUID id) {
    CustomField field = fields.get(id);
    return ResponseEntity.ok().eTag(ETags.of(field.version())).body(FieldResource.of(field));
  }

  @Operation(summary = "Define a custom field: TEXT, NUMBER, DATE, BOOLEAN, CHOICE or MULTI_CHOICE")
  @PostMapping
  @PreAuthorize("hasAuthority('customer.configure')")
  ResponseEntity<FieldResource> create(@RequestBody CreateFieldRequest request) {
    CustomField field =
        fields.create(
            new SaveCustomField(
                request.code(),
                request.labelEn(),
                request.labelZh(),
                request.type(),
                Boolean.TRUE.equals(request.required()),
                request.choices(),
                request.position() == null ? 100 : request.position(),
                null,
                null));
    return ResponseEntity.created(URI.create("/api/v1/customer-fields/" + field.id()))
        .eTag(ETags.of(field.version()))
        .body(FieldResource.of(field));
  }

  @Operation(
      summary = "Change labels, choices, order, whether required or active (If-Match required)")
  @PatchMapping("/{id}")
  @PreAuthorize("hasAuthority('customer.configure')")
  ResponseEntity<FieldResource> patch(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PatchFieldRequest request) {
    long version = ETags.required(ifMatch, "custom-field");
    CustomField current = fields.get(id);
    fields.update(
        id,
        new SaveCustomField(
            current.code(),
            request.labelEn() == null ? current.labelEn() : request.labelEn(),
            request.labelZh() == null ? current.labelZh() : request.labelZh(),
            current.type().name(),
            request.required() == null ? current.required() : request.required(),
            request.choices() == null ? current.choices() : request.choices(),
            request.position() == null ? current.position() : request.position(),
            request.active(),
            version));
    CustomField field = fields.get(id);
    return ResponseEntity.ok().eTag(ETags.of(field.version())).body(FieldResource.of(field));
  }
}
