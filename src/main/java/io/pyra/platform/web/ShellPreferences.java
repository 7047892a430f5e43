package io.pyra.platform.web;

import io.pyra.platform.SqlTime;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * How each user left the shell, kept on the server so it follows them to every browser. The layout
 * asks {@code ${@shellPreferences.sidebarCollapsed(#authentication)}} to draw the page that way
 * from the start.
 */
@Component("shellPreferences")
public class ShellPreferences {

  private final JdbcClient jdbc;
  private final Clock clock;

  ShellPreferences(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.clock = Clock.systemUTC();
  }

  /** Whether the signed-in user collapsed the sidebar; no for anyone else. */
  public boolean sidebarCollapsed(Authentication authentication) {
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return false;
    }
    return jdbc.sql(
            "SELECT sidebar_collapsed FROM platform_shell_preference WHERE username = :username")
        .param("username", authentication.getName())
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  // no transaction: on PostgreSQL a failed insert would spoil it for the update that follows
  void collapseSidebar(String username, boolean collapsed) {
    if (update(username, collapsed) > 0) {
      return;
    }
    try {
      jdbc.sql(
              "INSERT INTO platform_shell_preference (username, sidebar_collapsed, updated_at)"
                  + " VALUES (:username, :collapsed, :now)")
          .param("username", username)
          .param("collapsed", collapsed)
          .param("now", SqlTime.utc(clock.instant()))
          .update();
    } catch (DuplicateKeyException insertedMeanwhile) {
      // another tab of the same user saved first: the later choice wins
      update(username, collapsed);
    }
  }

  private int update(String username, boolean collapsed) {
    return jdbc.sql(
            "UPDATE platform_shell_preference SET sidebar_collapsed = :collapsed, updated_at = :now"
                + " WHERE username = :username")
        .param("username", username)
        .param("collapsed", collapsed)
        .param("now", SqlTime.utc(clock.instant()))
        .update();
  }
}
