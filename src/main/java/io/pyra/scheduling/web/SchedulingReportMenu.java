package io.pyra.scheduling.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** The scheduling reports in the sidebar's scheduling group. */
@Component
class SchedulingReportMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.SCHEDULING,
            "nav-scheduling-reports",
            "nav.schedulingReports",
            "/scheduling/reports",
            "scheduling.report",
            60));
  }
}
