package io.pyra.marketing.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** The campaigns in the sidebar's marketing group (the channels are reached from the list). */
@Component
class CampaignMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.MARKETING,
            "nav-campaigns",
            "nav.campaigns",
            "/campaigns",
            "campaign.read",
            10));
  }
}
