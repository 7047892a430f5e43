package io.pyra.marketing.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** The funnel in the sidebar's marketing group, for those who read campaigns. */
@Component
class FunnelMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.MARKETING,
            "nav-funnel",
            "nav.funnel",
            "/marketing/funnel",
            "campaign.read",
            60));
  }
}
