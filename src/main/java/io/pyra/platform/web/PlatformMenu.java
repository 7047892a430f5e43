package io.pyra.platform.web;

import java.util.List;
import org.springframework.stereotype.Component;

/** The platform's page in the sidebar: the audit log. */
@Component
class PlatformMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.ADMINISTRATION, "nav-audit", "nav.audit", "/admin/audit", "audit.read", 90));
  }
}
