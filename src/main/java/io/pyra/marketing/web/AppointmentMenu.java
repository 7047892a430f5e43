package io.pyra.marketing.web;

import io.pyra.platform.web.HomePage;
import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleHomePages;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Appointments and the front desk in the sidebar's marketing group (the opening hours are reached
 * from the appointments); the front desk's page is the home of those who hold {@code
 * appointment.desk} (the front desk), below the dashboard.
 */
@Component
class AppointmentMenu implements ModuleMenu, ModuleHomePages {

  static final int FRONT_DESK_PRIORITY = 50;

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.MARKETING,
            "nav-appointments",
            "nav.appointments",
            "/appointments",
            "appointment.read",
            30),
        new MenuEntry(
            MenuGroup.MARKETING,
            "nav-front-desk",
            "nav.frontDesk",
            "/front-desk",
            "appointment.receive",
            40));
  }

  @Override
  public List<HomePage> homePages() {
    return List.of(new HomePage("/front-desk", "appointment.desk", FRONT_DESK_PRIORITY));
  }
}
