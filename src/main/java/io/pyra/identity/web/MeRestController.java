package io.pyra.identity.web;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.Scope;
import io.pyra.identity.role.Role;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.security.PyraPrincipal;
import io.pyra.identity.token.ApiToken;
import io.pyra.identity.token.ApiTokenService;
import io.pyra.identity.token.IssuedToken;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account over the API: who they are, what they may do, their API tokens. */
@Tag(name = "My account")
@RestController
@RequestMapping("/api/v1/me")
class MeRestController {

  private final CurrentUser currentUser;
  private final UserService users;
  private final RoleService roles;
  private final ApiTokenService tokens;

  MeRestController(
      CurrentUser currentUser, UserService users, RoleService roles, ApiTokenService tokens) {
    this.currentUser = currentUser;
    this.users = users;
    this.roles = roles;
    this.tokens = tokens;
  }

  record Grant(String permission, Scope scope) {}

  record MeView(
      UUID id,
      String username,
      String displayName,
      String email,
      UUID orgUnitId,
      String locale,
      List<String> roles,
      List<Grant> permissions) {}

  record TokenView(
      UUID id,
      String name,
      String prefix,
      Instant createdAt,
      Instant expiresAt,
      Instant firstUsedAt,
      Instant lastUsedAt,
      Instant revokedAt,
      TokenStatus status) {

    static TokenView of(ApiToken token, Instant now) {
      return new TokenView(
          token.id(),
          token.name(),
          token.prefix(),
          token.createdAt(),
          token.expiresAt(),
          token.firstUsedAt(),
          token.lastUsedAt(),
          token.revokedAt(),
          TokenStatus.of(token, now));
    }
  }

  record CreateToken(@Size(max = 100) String name, Integer lifetimeDays) {}

  record CreatedToken(UUID id, String token, Instant expiresAt) {}

  record ChangePassword(
      @Schema(maxLength = 200) String currentPassword,
      @Schema(minLength = 10, maxLength = 200) String newPassword,
      @Schema(
              description =
                  "keep the tokens you created yourself; tokens from an API sign-in end in any case",
              defaultValue = "false")
          Boolean keepPersonalTokens) {}

  @Operation(summary = "Who am I: the caller's profile, roles and permissions with their scopes")
  @GetMapping
  MeView me(@AuthenticationPrincipal PyraPrincipal principal) {
    UserAccount user = users.get(principal.id());
    Set<UUID> roleIds = user.roleIds();
    List<String> roleCodes =
        roles.list().stream()
            .filter(r -> roleIds.contains(r.id()))
            .map(Role::code)
            .sorted()
            .toList();
    List<Grant> grants =
        principal.grants().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> new Grant(e.getKey(), e.getValue()))
            .toList();
    return new MeView(
        user.id(),
        user.username(),
        user.displayName(),
        user.email(),
        user.orgUnitId(),
        user.locale(),
        roleCodes,
        grants);
  }

  @Operation(
      summary = "Change your own password",
      description =
          "The current password must be given. Your page sessions end, and so do your API tokens (this "
              + "one too, if it came from an API sign-in), except those you created yourself if keepPersonalTokens is true.")
  @PostMapping("/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void changePassword(@RequestBody ChangePassword request) {
    users.changeOwnPassword(
        currentUser.requireId().value(),
        request.currentPassword(),
        request.newPassword(),
        Boolean.TRUE.equals(request.keepPersonalTokens()));
  }

  @Operation(summary = "The caller's API tokens, newest first (never their secrets)")
  @GetMapping("/tokens")
  List<TokenView> tokens() {
    Instant now = Instant.now();
    return tokens.ofUser(currentUser.requireId().value()).stream()
        .map(t -> TokenView.of(t, now))
        .toList();
  }

  @Operation(summary = "One of the caller's API tokens")
  @GetMapping("/tokens/{id}")
  TokenView token(@PathVariable UUID id) {
    return tokens.ofUser(currentUser.requireId().value()).stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .map(t -> TokenView.of(t, Instant.now()))
        .orElseThrow(() -> new RecordNotFoundException("api-token", id));
  }

  @Operation(
      summary = "Create a personal API token",
      description =
          "Valid for lifetimeDays (1 to 366). The secret is in this answer only; it cannot be read again.")
  @PostMapping("/tokens")
  ResponseEntity<CreatedToken> create(@RequestBody CreateToken request) {
    if (request.lifetimeDays() == null) {
      throw new BusinessRuleException(
          "lifetimeDays", "required", "validation.required", "lifetimeDays");
    }
    IssuedToken issued =
        tokens.issue(
            currentUser.requireId().value(),
            request.name(),
            Duration.ofDays(request.lifetimeDays()));
    return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + issued.token().id()))
        .header("Cache-Control", "no-store")
        .body(new CreatedToken(issued.token().id(), issued.secret(), issued.expiresAt()));
  }

  @Operation(summary = "Revoke one of the caller's API tokens; it is refused (401) from then on")
  @DeleteMapping("/tokens/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(@PathVariable UUID id) {
    tokens.revoke(currentUser.requireId().value(), id);
  }
}
