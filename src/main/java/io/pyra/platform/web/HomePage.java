package io.pyra.platform.web;

import java.util.Objects;
import org.springframework.security.core.Authentication;

/**
 * A page that can be a user's home (what {@code /} shows after sign-in), declared by the module
 * that owns it. Of the home pages whose permission the user holds, the one with the highest
 * priority wins; a user who holds none lands on My day ({@link Home#DEFAULT_PATH}).
 *
 * <p>Today interaction declares the dashboard for those who hold {@code supervision.read} (centre
 * principals, management, administrators). A module to come adds its own, e.g. marketing's "today's
 * visitors" for the front desk, with a priority below the dashboard's so that a principal who also
 * receives visitors still lands on the dashboard.
 *
 * @param path the page, relative to the application, such as {@code /dashboard}
 * @param permission the permission that makes it the user's home
 * @param priority higher wins
 */
public record HomePage(String path, String permission, int priority) {

  public HomePage {
    Objects.requireNonNull(permission, "permission");
    if (path == null || !path.startsWith("/") || path.equals("/")) {
      throw new IllegalArgumentException("a home page's path starts with / and is not /: " + path);
    }
  }

  /** Whether this page can be the signed-in user's home. */
  public boolean appliesTo(Authentication authentication) {
    return DashboardCard.holds(authentication, permission);
  }
}
