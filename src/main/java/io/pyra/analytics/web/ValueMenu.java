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
            "nav-grades",
            "nav.grades",
            "/analytics/grades",
            ValueRequests.READ,
            20));
  }
}
