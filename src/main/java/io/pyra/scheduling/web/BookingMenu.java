package io.pyra.scheduling.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** Bookings in the sidebar's scheduling group. */
@Component
class BookingMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.SCHEDULING, "nav-bookings", "nav.bookings", "/bookings", "booking.read", 20));
  }
}
