package io.pyra.identity.user;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.UserId;
import io.pyra.identity.security.WebSessions;
import io.pyra.identity.token.ApiTokenService;
import io.pyra.platform.audit.AuditEvent;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Ends a user's other ways in when their password changes or they are deactivated: page sessions
 * (on every node) and API tokens, recorded in the audit log. Runs in the caller's transaction; the
 * sessions end when it commits.
 */
@Component
class AccessRevocation {

  /** Why access ended, as the audit log names it. */
  enum Reason {
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    DEACTIVATED
  }

  static final String ACTION = "ACCESS_REVOKED";

  private final ApiTokenService tokens;
  private final WebSessions sessions;
  private final CurrentUser currentUser;
  private final AuditLog audit;

  AccessRevocation(
      ApiTokenService tokens, WebSessions sessions, CurrentUser currentUser, AuditLog audit) {
    this.tokens = tokens;
    this.sessions = sessions;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  /**
   * Revokes the user's API tokens (all, or all but those they made themselves) and ends their page
   * sessions, except the one making the change when the user changes their own password: they stay
   * signed in where they are.
   */
  void revoke(UserAccount user, Reason reason, boolean keepPersonalTokens) {
    boolean self = currentUser.id().map(UserId::value).filter(user.id()::equals).isPresent();
    String keep =
        self && reason != Reason.DEACTIVATED ? WebSessions.currentId().orElse(null) : null;
    int sessionsEnded = sessions.of(user.username(), keep).size();
    int tokensRevoked = tokens.revokeAll(user.id(), keepPersonalTokens);
    sessions.endAfterCommit(user.username(), keep);
    audit.append(
        new AuditEvent(
            ACTION,
            "user",
            user.id().toString(),
            currentUser.id().map(UserId::value).orElse(null),
            currentUser.username().orElse(null),
            List.of(
                new FieldChange("reason", null, reason.name()),
                new FieldChange("sessionsEnded", null, Integer.toString(sessionsEnded)),
                new FieldChange("tokensRevoked", null, Integer.toString(tokensRevoked)),
                new FieldChange("personalTokensKept", null, Boolean.toString(keepPersonalTokens)),
                new FieldChange("currentSessionKept", null, Boolean.toString(keep != null)))));
  }
}
