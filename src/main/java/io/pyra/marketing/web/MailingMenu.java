package io.pyra.marketing.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** The mailings in the sidebar's marketing group (the audiences are reached from the list). */
@Component
class MailingMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.MARKETING, "nav-mailings", "nav.mailings", "/mailings", "campaign.read", 50));
  }
}
