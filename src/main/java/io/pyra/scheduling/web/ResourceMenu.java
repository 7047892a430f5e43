package io.pyra.scheduling.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** The resources in the sidebar's scheduling group (centres' hours are reached from there). */
@Component
class ResourceMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.SCHEDULING,
            "nav-resources",
            "nav.resources",
            "/resources",
            "resource.read",
            30));
  }
}
