package io.pyra.interaction.web;

import io.pyra.interaction.type.InteractionType;
import io.pyra.interaction.type.InteractionTypeService;
import io.pyra.interaction.type.SaveInteractionType;
import io.pyra.interaction.type.TypeNode;
import io.pyra.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
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

/**
 * The contact record type hierarchy over HTTP, addressed by code: read by any signed-in user,
 * changed by configurers.
 */
@Tag(name = "Interaction types")
@RestController
@RequestMapping("/api/v1/interaction-types")
class InteractionTypeRestController {

  /**
   * A type: {@code parent} is the parent's code; {@code countsAsReturnVisit} includes a flag
   * inherited from above.
   */
  record TypeJson(
      String code,
      String parent,
      int depth,
      String nameEn,
      String nameZh,
      int sortOrder,
      boolean returnVisit,
      boolean countsAsReturnVisit,
      boolean active,
      long version) {

    static TypeJson of(TypeNode node) {
      InteractionType t = node.type();
      return new TypeJson(
          t.code(),
          node.parentCode(),
          node.depth(),
          t.nameEn(),
          t.nameZh(),
          t.sortOrder(),
          t.returnVisit(),
          node.countsAsReturnVisit(),
          t.active(),
          t.version());
    }
  }

  record CreateTypeRequest(
      @Size(max = 60) String code,
      @Size(max = 60) String parent,
      @Size(max = 200) String nameEn,
      @Size(max = 200) String nameZh,
      Integer sortOrder,
      Boolean returnVisit) {}

  record PatchTypeRequest(
      @Size(max = 60) String parent,
      @Size(max = 200) String nameEn,
      @Size(max = 200) String nameZh,
      Integer sortOrder,
      Boolean returnVisit,
      Boolean active) {}

  private final InteractionTypeService types;

  InteractionTypeRestController(InteractionTypeService types) {
    this.types = types;
  }

  @Operation(summary = "Every contact record type in tree order (each followed by its subtree)")
  @GetMapping
  @PreAuthorize("isAuthenticated()")
  List<TypeJson> list() {
    return types.tree().stream().map(TypeJson::of).toList();
  }

  @Operation(summary = "One type by its code")
  @GetMapping("/{code}")
  @PreAuthorize("isAuthenticated()")
  ResponseEntity<TypeJson> get(@PathVariable String code) {
    TypeJson json = json(code);
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  @Operation(summary = "Add a type, at the top or below a parent (by code)")
  @PostMapping
  @PreAuthorize("hasAuthority('interaction.configure')")
  ResponseEntity<TypeJson> create(@RequestBody CreateTypeRequest request) {
    InteractionType type =
        types.create(
            new SaveInteractionType(
                request.parent(),
                request.code(),
                request.nameEn(),
                request.nameZh(),
                request.sortOrder(),
                request.returnVisit(),
                null,
                null));
    TypeJson json = json(type.code());
    return ResponseEntity.created(URI.create("/api/v1/interaction-types/" + json.code()))
        .eTag(ETags.of(json.version()))
        .body(json);
  }

  @Operation(
      summary =
          "Rename, move, reorder, flag as return visit or (de)activate a type (If-Match required); "
              + "send \"parent\": \"\" to move a type to the top")
  @PatchMapping("/{code}")
  @PreAuthorize("hasAuthority('interaction.configure')")
  ResponseEntity<TypeJson> patch(
      @PathVariable String code,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PatchTypeRequest request) {
    InteractionType current = types.get(code);
    long version = ETags.required(ifMatch, "interaction type");
    String parent =
        request.parent() != null
            ? request.parent()
            : types.find(current.parentId()).map(InteractionType::code).orElse(null);
    InteractionType saved =
        types.update(
            code,
            new SaveInteractionType(
                parent,
                current.code(),
                request.nameEn() == null ? current.nameEn() : request.nameEn(),
                request.nameZh() == null ? current.nameZh() : request.nameZh(),
                request.sortOrder(),
                request.returnVisit(),
                request.active(),
                version));
    TypeJson json = json(saved.code());
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  private TypeJson json(String code) {
    InteractionType type = types.get(code);
    return types.tree().stream()
        .filter(n -> n.type().id().equals(type.id()))
        .findFirst()
        .map(TypeJson::of)
        .orElseThrow();
  }
}
