package io.pyra.scheduling.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** The calendar, calendar imports and calendar feeds in the sidebar's scheduling group. */
@Component
class BookingCalendarMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.SCHEDULING, "nav-calendar", "nav.calendar", "/calendar", "booking.read", 10),
        new MenuEntry(
            MenuGroup.SCHEDULING,
            "nav-calendar-imports",
            "nav.calendarImports",
            "/scheduling/imports",
            "resource.manage",
            80),
        new MenuEntry(
            MenuGroup.SCHEDULING,
            "nav-calendar-feeds",
            "nav.calendarFeeds",
            "/scheduling/feeds",
            "booking.read",
            90));
  }
}
