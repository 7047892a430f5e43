package io.pyra.scheduling.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** The hand-off of bookings to another scheduling system, in the sidebar's scheduling group. */
@Component
class HandoffMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.SCHEDULING,
            "nav-handoff",
            "nav.handoff",
            "/scheduling/handoff",
            "handoff.manage",
            70));
  }
}
