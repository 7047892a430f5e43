package io.pyra.scheduling.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** The technicians' set-up requests in the sidebar's scheduling group. */
@Component
class SetupMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.SCHEDULING,
            "nav-setup",
            "nav.setupRequests",
            "/setup-requests",
            "setup.work",
            50));
  }
}
