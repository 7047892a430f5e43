package io.pyra.identity.web;

import io.pyra.identity.security.PyraPrincipal;
import io.pyra.identity.security.SignInRefusal;
import io.pyra.identity.token.ApiTokenService;
import io.pyra.identity.token.IssuedToken;
import io.pyra.platform.audit.AuditEvent;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import io.pyra.platform.error.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trades a username and password for a bearer token; each attempt is audited like a page sign-in.
 */
@Tag(name = "Authentication")
@RestController
@RequestMapping("/api/v1/auth")
class AuthTokenRestController {

  private final AuthenticationManager authentication;
  private final ApiTokenService tokens;
  private final Problems problems;
  private final AuditLog audit;
  private final Duration lifetime;

  AuthTokenRestController(
      AuthenticationManager authentication,
      ApiTokenService tokens,
      Problems problems,
      AuditLog audit,
      @Value("${pyra.api.token-lifetime:12h}") Duration lifetime) {
    this.authentication = authentication;
    this.tokens = tokens;
    this.problems = problems;
    this.audit = audit;
    this.lifetime = lifetime;
  }

  record TokenRequest(
      @NotBlank @Size(max = 254) String username, @NotBlank @Size(max = 200) String password) {}

  record TokenResponse(String token, Instant expiresAt) {}

  @Operation(summary = "Sign in and get a bearer token for the API")
  @PostMapping("/token")
  ResponseEntity<?> token(
      @Valid @RequestBody TokenRequest request, HttpServletRequest http, Locale locale) {
    Authentication result;
    try {
      result =
          authentication.authenticate(
              UsernamePasswordAuthenticationToken.unauthenticated(
                  request.username(), request.password()));
    } catch (AuthenticationException e) {
      audit.append(
          new AuditEvent(
              "SIGN_IN_FAILED", "user", null, null, truncate(request.username()), from(http)));
      String key = SignInRefusal.messageKeyOf(e);
      ProblemDetail problem =
          problems.of(
              HttpStatus.UNAUTHORIZED,
              "sign-in-refused",
              key,
              locale,
              SignInRefusal.minutesLeft(e));
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }
    PyraPrincipal user = (PyraPrincipal) result.getPrincipal();
    audit.append(
        new AuditEvent(
            "SIGN_IN", "user", user.id().toString(), user.id(), user.username(), from(http)));
    IssuedToken issued = tokens.issueForSignIn(user.id(), lifetime);
    return ResponseEntity.ok(new TokenResponse(issued.secret(), issued.expiresAt()));
  }

  private static List<FieldChange> from(HttpServletRequest request) {
    return List.of(
        new FieldChange("remoteAddress", null, request.getRemoteAddr()),
        new FieldChange("channel", null, "api"));
  }

  private static String truncate(String value) {
    return value.length() > 100 ? value.substring(0, 100) : value;
  }
}
