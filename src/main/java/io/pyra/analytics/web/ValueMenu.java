package io.pyra.analytics.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** The customer value pages in the sidebar. */
@Component
class ValueMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.VALUE,
            "nav-pyramid",
            "nav.pyramid",
            "/analytics/pyramid",
            PyramidRestController.READ,
            10),
        new MenuEntry(
            MenuGroup.VALUE,
            "nav-migration",
            "nav.migration",
            "/analytics/migration",
            PyramidRestController.READ,
            20),
        new MenuEntry(
            MenuGroup.VALUE,
            "nav-grades",
            "nav.grades",
            "/analytics/grades",
            ValueRequests.READ,
            30),
        new MenuEntry(
            MenuGroup.VALUE,
            "nav-accounting",
            "nav.accounting",
            "/analytics/accounting",
            ValueRequests.READ,
            40),
        new MenuEntry(
            MenuGroup.VALUE,
            "nav-allocation",
            "nav.allocation",
            "/analytics/allocation",
            ValueRequests.READ,
            50),
        new MenuEntry(
            MenuGroup.VALUE,
            "nav-cost-rates",
            "nav.cost-rates",
            "/analytics/cost-rates",
            ValueRequests.CONFIGURE,
            60));
  }
}
