package io.pyra.marketing.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** The leads in the sidebar's marketing group (the import is reached from the list). */
@Component
class LeadMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(MenuGroup.MARKETING, "nav-leads", "nav.leads", "/leads", "lead.read", 20));
  }
}
