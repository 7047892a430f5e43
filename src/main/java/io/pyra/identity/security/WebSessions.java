package io.pyra.identity.security;

import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The page sessions of a user, as kept in the database by Spring Session: found by the user's name,
 * ended on every node at once (each request reads its session from the database).
 */
@Component
public class WebSessions {

  private final FindByIndexNameSessionRepository<?> sessions;

  WebSessions(FindByIndexNameSessionRepository<?> sessions) {
    this.sessions = sessions;
  }

  /** The ids of the user's sessions other than the one given (which may be null). */
  public Set<String> of(String username, String except) {
    Set<String> ids = new HashSet<>(sessions.findByPrincipalName(username).keySet());
    ids.remove(except);
    return Set.copyOf(ids);
  }

  /**
   * Ends the user's sessions other than the one given, once the caller's transaction has committed:
   * a change that is rolled back signs nobody out. They are looked up again then, so a session
   * begun in the meantime (with the old password) ends too.
   */
  public void endAfterCommit(String username, String except) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              end(username, except);
            }
          });
    } else {
      end(username, except);
    }
  }

  private void end(String username, String except) {
    of(username, except).forEach(sessions::deleteById);
  }

  /** The id of the current request's page session, if it has one. */
  public static Optional<String> currentId() {
    return Optional.ofNullable(RequestContextHolder.getRequestAttributes())
        .filter(ServletRequestAttributes.class::isInstance)
        .map(a -> ((ServletRequestAttributes) a).getRequest().getSession(false))
        .map(HttpSession::getId);
  }
}
