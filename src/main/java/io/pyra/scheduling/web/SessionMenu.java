package io.pyra.scheduling.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** Class sessions in the sidebar's scheduling group. */
@Component
class SessionMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.SCHEDULING, "nav-sessions", "nav.sessions", "/sessions", "booking.read", 40));
  }
}
