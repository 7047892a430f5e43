package io.pyra.platform.web;

import java.util.Objects;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * One link of the sidebar, declared by the module that owns the page it opens.
 *
 * @param group the area of the sidebar it belongs to
 * @param id the id of the link's element (tests and scripts find it by this), such as {@code
 *     nav-customers}
 * @param labelKey the key of its label in the owning module's message bundle
 * @param path the page it opens, relative to the application, such as {@code /customers}
 * @param permission the permission a user needs to see it, or {@code null} for every signed-in
 *     user; it hides the link only, the page checks its own access
 * @param order its place within the group, lowest first
 */
public record MenuEntry(
    MenuGroup group, String id, String labelKey, String path, String permission, int order) {

  public MenuEntry {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(labelKey, "labelKey");
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("a menu entry's path starts with /: " + path);
    }
  }

  /** An entry every signed-in user sees. */
  public static MenuEntry forEveryone(
      MenuGroup group, String id, String labelKey, String path, int order) {
    return new MenuEntry(group, id, labelKey, path, null, order);
  }

  /** Whether the signed-in user holds the entry's permission. */
  public boolean visibleTo(Authentication authentication) {
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
