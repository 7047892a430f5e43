package io.pyra.platform.web;

import java.util.Objects;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * One card of the dashboard, declared by the module that computes its figures. The dashboard page
 * draws an empty card with its title and loads the card's content from {@code path} with htmx: the
 * module's controller answers with a fragment (a chart made by {@code platform/chart :: chart} and
 * the numbers beside it), computed under the user's visibility.
 *
 * @param id the id of the card's element, such as {@code card-contact-records}
 * @param titleKey the key of its title in the owning module's message bundle
 * @param path the fragment that fills it, relative to the application, such as {@code
 *     /dashboard/cards/contact-records}
 * @param permission the permission a user needs to see it, or {@code null} for every signed-in
 *     user; the fragment's controller checks its own access as well
 * @param order its place on the dashboard, lowest first
 */
public record DashboardCard(String id, String titleKey, String path, String permission, int order) {

  public DashboardCard {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(titleKey, "titleKey");
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("a dashboard card's path starts with /: " + path);
    }
  }

  /** Whether the signed-in user holds the card's permission. */
  public boolean visibleTo(Authentication authentication) {
    return holds(authentication, permission);
  }

  static boolean holds(Authentication authentication, String permission) {
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return false;
    }
    return permission == null
        || authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(permission::equals);
  }
}
