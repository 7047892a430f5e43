package io.pyra.support.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The business calendars in the sidebar's service group, for whoever configures support (those who
 * only work cases may open the page, but it is no daily work of theirs).
 */
@Component
class CalendarMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.SERVICE,
            "nav-business-calendars",
            "nav.businessCalendars",
            "/business-calendars",
            "support.configure",
            80));
  }
}
