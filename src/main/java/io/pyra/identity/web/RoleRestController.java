package io.pyra.identity.web;

import io.pyra.identity.Scope;
import io.pyra.identity.role.Permission;
import io.pyra.identity.role.Role;
import io.pyra.identity.role.RolePermission;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.role.SaveRole;
import io.pyra.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Roles, their permission grants and the permission catalogue over HTTP. */
@Tag(name = "Roles")
@RestController
class RoleRestController {

  /** A role; {@code grants} maps each granted permission to its scope. */
  record RoleResource(
      UUID id,
      String code,
      String name,
      String description,
      boolean systemRole,
      Map<String, Scope> grants,
      long version) {

    static RoleResource of(Role role) {
      Map<String, Scope> grants = new LinkedHashMap<>();
      role.permissions().stream()
          .sorted(Comparator.comparing(RolePermission::permission))
          .forEach(p -> grants.put(p.permission(), p.scope()));
      return new RoleResource(
          role.id(),
          role.code(),
          role.name(),
          role.description(),
          role.systemRole(),
          grants,
          role.version());
    }
  }

  /** A new role. */
  record CreateRoleRequest(
      @Size(max = 40) String code,
      @Size(max = 100) String name,
      @Size(max = 500) String description,
      @Schema(maxProperties = 200) @Size(max = 200) Map<String, Scope> grants) {}

  /** The fields to change; those left out keep their value, {@code grants} replaces all grants. */
  record PatchRoleRequest(
      @Size(max = 100) String name,
      @Size(max = 500) String description,
      @Schema(maxProperties = 200) @Size(max = 200) Map<String, Scope> grants) {}

  /** One permission of the catalogue, with its label in the caller's language. */
  record PermissionResource(String code, String resource, String action, String label) {}

  private final RoleService roles;
  private final MessageSource messages;

  RoleRestController(RoleService roles, MessageSource messages) {
    this.roles = roles;
    this.messages = messages;
  }

  @Operation(summary = "List the permissions that roles can grant")
  @GetMapping("/api/v1/permissions")
  @PreAuthorize("hasAuthority('role.read')")
  List<PermissionResource> permissions(Locale locale) {
    return roles.catalogue().stream()
        .map(p -> new PermissionResource(p.code(), p.resource(), p.action(), label(p, locale)))
        .toList();
  }

  @Operation(summary = "List the roles")
  @GetMapping("/api/v1/roles")
  @PreAuthorize("hasAuthority('role.read')")
  List<RoleResource> list() {
    return roles.list().stream().map(RoleResource::of).toList();
  }

  @Operation(summary = "Read one role; the ETag is its version")
  @GetMapping("/api/v1/roles/{id}")
  @PreAuthorize("hasAuthority('role.read')")
  ResponseEntity<RoleResource> get(@PathVariable UUID id) {
    Role role = roles.get(id);
    return ResponseEntity.ok().eTag(ETags.of(role.version())).body(RoleResource.of(role));
  }

  @Operation(summary = "Create a role with its grants")
  @PostMapping("/api/v1/roles")
  @PreAuthorize("hasAuthority('role.manage')")
  ResponseEntity<RoleResource> create(@RequestBody CreateRoleRequest request) {
    Role role =
        roles.create(
            new SaveRole(
                request.code(), request.name(), request.description(), request.grants(), null));
    URI location =
        ServletUriComponentsBuilder.fromCurrentRequest()
            .path("/{id}")
            .buildAndExpand(role.id())
            .toUri();
    return ResponseEntity.created(location)
        .eTag(ETags.of(role.version()))
        .body(RoleResource.of(role));
  }

  @Operation(
      summary =
          "Change a role (If-Match: its ETag); the administrator keeps every permission at ALL")
  @PatchMapping("/api/v1/roles/{id}")
  @PreAuthorize("hasAuthority('role.manage')")
  ResponseEntity<RoleResource> update(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PatchRoleRequest request) {
    Role role = roles.get(id);
    long version = ETags.required(ifMatch, "role");
    Map<String, Scope> grants = request.grants();
    if (grants == null && !role.isAdministrator()) {
      grants = RoleResource.of(role).grants();
    }
    Role saved =
        roles.update(
            id,
            new SaveRole(
                null,
                request.name() != null ? request.name() : role.name(),
                request.description() != null ? request.description() : role.description(),
                grants,
                version));
    return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(RoleResource.of(saved));
  }

  @Operation(summary = "Delete a custom role that nobody holds (If-Match: its ETag)")
  @DeleteMapping("/api/v1/roles/{id}")
  @PreAuthorize("hasAuthority('role.manage')")
  ResponseEntity<Void> delete(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    roles.get(id);
    roles.delete(id, ETags.required(ifMatch, "role"));
    return ResponseEntity.noContent().build();
  }

  private String label(Permission permission, Locale locale) {
    return messages.getMessage("permission." + permission.code(), null, permission.code(), locale);
  }
}
