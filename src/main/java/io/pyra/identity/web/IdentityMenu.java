package io.pyra.identity.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** The people and organisation pages in the sidebar. */
@Component
class IdentityMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.ADMINISTRATION, "nav-users", "nav.users", "/admin/users", "user.read", 10),
        new MenuEntry(
            MenuGroup.ADMINISTRATION, "nav-roles", "nav.roles", "/admin/roles", "role.read", 20),
        new MenuEntry(
            MenuGroup.ADMINISTRATION,
            "nav-org-units",
            "nav.orgUnits",
            "/admin/org-units",
            "org-unit.read",
            30));
  }
}
