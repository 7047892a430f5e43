package io.pyra.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sidebar as the layout renders it ({@code ${@sidebar.visibleTo(#authentication)}}): the
 * entries every module declared, grouped and ordered, without those the user may not see.
 */
@Component("sidebar")
public class Sidebar {

  /** A group of the sidebar with the links the user may see, in order. */
  public record Group(MenuGroup group, List<Link> links) {}

  /** A link of the sidebar; {@code current} marks the one for the page being shown. */
  public record Link(MenuEntry entry, boolean current) {}

  private final List<MenuEntry> entries;

  Sidebar(List<ModuleMenu> menus) {
    this.entries =
        menus.stream()
            .flatMap(menu -> menu.entries().stream())
            .sorted(
                Comparator.comparing(MenuEntry::group)
                    .thenComparingInt(MenuEntry::order)
                    .thenComparing(MenuEntry::id))
            .toList();
  }

  /** Every declared entry, in the sidebar's order. */
  public List<MenuEntry> entries() {
    return entries;
  }

  /** The groups and links the signed-in user may see, only groups with at least one link. */
  public List<Group> visibleTo(Authentication authentication) {
    List<MenuEntry> visible = entries.stream().filter(e -> e.visibleTo(authentication)).toList();
    String current = currentPath(visible);
    Map<MenuGroup, List<Link>> groups = new EnumMap<>(MenuGroup.class);
    for (MenuEntry entry : visible) {
      groups
          .computeIfAbsent(entry.group(), g -> new ArrayList<>())
          .add(new Link(entry, entry.path().equals(current)));
    }
    return groups.entrySet().stream().map(g -> new Group(g.getKey(), g.getValue())).toList();
  }

  /** The longest entry path the requested page lies under: /customers/transfer, not /customers. */
  private static String currentPath(List<MenuEntry> visible) {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
      return null;
    }
    HttpServletRequest request = attrs.getRequest();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String best = null;
    for (MenuEntry entry : visible) {
      String candidate = entry.path();
      boolean under = path.equals(candidate) || path.startsWith(candidate + "/");
      if (under && (best == null || candidate.length() > best.length())) {
        best = candidate;
      }
    }
    return best;
  }
}
