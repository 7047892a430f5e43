package io.pyra.identity;

import io.pyra.identity.security.PyraPrincipal;
import io.pyra.identity.security.SignInRefusal;
import io.pyra.identity.security.SignInThrottledException;
import io.pyra.platform.audit.AuditEvent;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Confirms another user's username and password typed on the signed-in user's screen, such as a
 * supervisor's "manager key" for an action the signed-in user may not take alone. It goes through
 * the same throttled authentication as signing in: a failure counts toward that username's sign-in
 * throttle and is audited as a failed sign-in; a success is audited too, naming whose screen it was
 * typed on. It never changes who is signed in. It runs outside the caller's transaction, so the
 * throttle count and the audit entries stay even when the caller's work is then refused.
 */
@Service
public class CredentialCheck {

  /** Why the credentials were not confirmed. */
  public enum Refusal {
    /** Unknown username or wrong password (never told apart). */
    BAD_CREDENTIALS,
    /** The right password of a deactivated account. */
    DEACTIVATED,
    /** Too many failures for this username: refused until the throttle lets go. */
    THROTTLED
  }

  /** The confirmed user, or why not; {@code minutesLeft} counts down a throttle (0 otherwise). */
  public record Result(UserSummary user, Refusal refusal, long minutesLeft) {

    public boolean confirmed() {
      return user != null;
    }
  }

  private final AuthenticationManager authentication;
  private final AuditLog audit;
  private final CurrentUser currentUser;

  CredentialCheck(AuthenticationManager authentication, AuditLog audit, CurrentUser currentUser) {
    this.authentication = authentication;
    this.audit = audit;
    this.currentUser = currentUser;
  }

  /**
   * Checks {@code username} and {@code password}; {@code purpose} (e.g. {@code
   * interaction.override}) is written to the audit log with the outcome.
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public Result confirm(String username, String password, String purpose) {
    String name = username == null ? "" : username.strip();
    Authentication result;
    try {
      result =
          authentication.authenticate(
              UsernamePasswordAuthenticationToken.unauthenticated(
                  name, password == null ? "" : password));
    } catch (AuthenticationException e) {
      audit.append(
          new AuditEvent("SIGN_IN_FAILED", "user", null, null, truncate(name), details(purpose)));
      return new Result(null, refusal(e), SignInRefusal.minutesLeft(e));
    }
    PyraPrincipal user = (PyraPrincipal) result.getPrincipal();
    audit.append(
        new AuditEvent(
            "CREDENTIALS_CONFIRMED",
            "user",
            user.id().toString(),
            user.id(),
            user.username(),
            details(purpose)));
    return new Result(
        new UserSummary(
            new UserId(user.id()),
            user.username(),
            user.displayName(),
            OrgUnitId.ofNullable(user.orgUnitId()),
            true),
        null,
        0);
  }

  private static Refusal refusal(AuthenticationException e) {
    if (e instanceof SignInThrottledException) {
      return Refusal.THROTTLED;
    }
    return e instanceof DisabledException ? Refusal.DEACTIVATED : Refusal.BAD_CREDENTIALS;
  }

  /** Where it was typed: the remote address, the channel (the purpose) and whose session it was. */
  private List<FieldChange> details(String purpose) {
    List<FieldChange> changes = new ArrayList<>();
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      changes.add(new FieldChange("remoteAddress", null, request.getRequest().getRemoteAddr()));
    }
    changes.add(new FieldChange("channel", null, purpose));
    currentUser
        .username()
        .ifPresent(u -> changes.add(new FieldChange("typedInSessionOf", null, u)));
    return changes;
  }

  private static String truncate(String value) {
    return value.length() > 100 ? value.substring(0, 100) : value;
  }
}
