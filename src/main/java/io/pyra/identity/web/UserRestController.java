package io.pyra.identity.web;

import io.pyra.identity.user.SaveUser;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserDirectory;
import io.pyra.identity.user.UserFilter;
import io.pyra.identity.user.UserRow;
import io.pyra.identity.user.UserService;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * Staff users over the API. There is no delete: a user who leaves is deactivated ({@code PATCH}
 * with {@code "active": false}), so their records keep a name.
 */
@Tag(name = "Users")
@RestController
@RequestMapping("/api/v1/users")
class UserRestController {

  private final UserService users;
  private final UserDirectory directory;
  private final UserAccess access;
  private final MessageSource messages;
  private final JsonMapper json;

  UserRestController(
      UserService users,
      UserDirectory directory,
      UserAccess access,
      MessageSource messages,
      JsonMapper json) {
    this.users = users;
    this.directory = directory;
    this.access = access;
    this.messages = messages;
    this.json = json;
  }

  record RoleResponse(UUID id, String code, String name) {}

  record UserResponse(
      UUID id,
      String username,
      String displayName,
      String email,
      String phone,
      UUID orgUnitId,
      String orgUnitName,
      UUID supervisorId,
      String locale,
      List<UUID> roleIds,
      List<RoleResponse> roles,
      boolean active,
      long version) {}

  record UserListResponse(List<UserResponse> items, String nextCursor) {}

  record CreateUserRequest(
      @Size(max = 60) String username,
      @Size(max = 200) String displayName,
      @Size(max = 254) String email,
      @Size(max = 40) String phone,
      UUID orgUnitId,
      UUID supervisorId,
      @Size(max = 10) String locale,
      @Size(max = 50) Set<UUID> roleIds,
      Boolean active,
      @Size(max = 200) String password) {}

  /**
   * The fields a PATCH may carry; a field left out keeps its value, {@code null} clears phone or
   * supervisor.
   */
  record UserPatch(
      @Size(max = 200) String displayName,
      @Size(max = 254) String email,
      @Size(max = 40) String phone,
      UUID orgUnitId,
      UUID supervisorId,
      @Size(max = 10) String locale,
      @Size(max = 50) Set<UUID> roleIds,
      Boolean active,
      @Size(max = 200) String password) {}

  @Operation(
      summary = "List the users you may see, ordered by name; page with limit and the nextCursor")
  @GetMapping
  @PreAuthorize("hasAuthority('user.read')")
  UserListResponse list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) UUID orgUnitId,
      @RequestParam(required = false) UUID roleId,
      @RequestParam(required = false) Boolean active,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String cursor,
      Locale locale) {
    Slice<UserRow> slice =
        directory.search(
            new UserFilter(q, orgUnitId, roleId, active), access.read(), cursor, limit);
    return new UserListResponse(
        slice.items().stream().map(u -> response(u, locale)).toList(), slice.nextCursor());
  }

  @Operation(summary = "Read one user; the ETag is the version to send back in If-Match")
  @GetMapping("/{id}")
  @PreAuthorize("hasAuthority('user.read')")
  ResponseEntity<UserResponse> get(@PathVariable UUID id, Locale locale) {
    UserRow user = access.readable(id);
    return ResponseEntity.ok().eTag(ETags.of(user.version())).body(response(user, locale));
  }

  @Operation(summary = "Create a user (password required)")
  @PostMapping
  @PreAuthorize("hasAuthority('user.manage')")
  ResponseEntity<UserResponse> create(@RequestBody CreateUserRequest request, Locale locale) {
    access.mayCreateIn(request.orgUnitId());
    access.supervisorVisible(request.supervisorId());
    access.mayAssign(request.roleIds(), List.of());
    UserAccount created =
        users.create(
            new SaveUser(
                request.username(),
                request.displayName(),
                request.email(),
                request.phone(),
                request.orgUnitId(),
                request.supervisorId(),
                request.locale(),
                request.roleIds(),
                request.active(),
                request.password(),
                null));
    UserRow user = access.afterWrite(created.id());
    return ResponseEntity.created(URI.create("/api/v1/users/" + user.id()))
        .eTag(ETags.of(user.version()))
        .body(response(user, locale));
  }

  @Operation(summary = "Change some fields of a user (If-Match required); active=false deactivates")
  @PatchMapping("/{id}")
  @PreAuthorize("hasAuthority('user.manage')")
  ResponseEntity<UserResponse> patch(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = @Content(schema = @Schema(implementation = UserPatch.class)))
          @RequestBody
          JsonNode body,
      HttpServletRequest request,
      Locale locale) {
    UserRow current = access.manageable(id);
    long version = ETags.required(ifMatch, "user");
    UserPatch patch = read(body, request);
    UUID orgUnitId = body.has("orgUnitId") ? patch.orgUnitId() : current.orgUnitId();
    UUID supervisorId = body.has("supervisorId") ? patch.supervisorId() : current.supervisorId();
    if (!Objects.equals(orgUnitId, current.orgUnitId())) {
      access.mayPlaceIn(orgUnitId);
    }
    if (!Objects.equals(supervisorId, current.supervisorId())) {
      access.supervisorVisible(supervisorId);
    }
    access.mayAssign(patch.roleIds(), current.roleIds());
    users.update(
        id,
        new SaveUser(
            current.username(),
            body.has("displayName") ? patch.displayName() : current.displayName(),
            body.has("email") ? patch.email() : current.email(),
            body.has("phone") ? patch.phone() : current.phone(),
            orgUnitId,
            supervisorId,
            patch.locale(),
            patch.roleIds(),
            patch.active(),
            patch.password(),
            version));
    UserRow user = access.afterWrite(id);
    return ResponseEntity.ok().eTag(ETags.of(user.version())).body(response(user, locale));
  }

  private UserPatch read(JsonNode body, HttpServletRequest request) {
    if (body == null || !body.isObject()) {
      throw new HttpMessageNotReadableException(
          "a JSON object is expected", new ServletServerHttpRequest(request));
    }
    try {
      return json.treeToValue(body, UserPatch.class);
    } catch (JacksonException e) {
      // answered like any unreadable body: 400 naming the unknown or mistyped field
      throw new HttpMessageNotReadableException(
          e.getOriginalMessage(), e, new ServletServerHttpRequest(request));
    }
  }

  private UserResponse response(UserRow user, Locale locale) {
    List<RoleResponse> roles =
        user.roles().stream()
            .map(
                r ->
                    new RoleResponse(
                        r.id(),
                        r.code(),
                        messages.getMessage("role.name." + r.code(), null, r.name(), locale)))
            .toList();
    return new UserResponse(
        user.id(),
        user.username(),
        user.displayName(),
        user.email(),
        user.phone(),
        user.orgUnitId(),
        user.orgUnitName(),
        user.supervisorId(),
        user.locale(),
        user.roleIds(),
        roles,
        user.active(),
        user.version());
  }
}
