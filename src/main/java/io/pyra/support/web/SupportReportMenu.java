package io.pyra.support.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import io.pyra.support.cases.CaseAccess;
import java.util.List;
import org.springframework.stereotype.Component;

/** The service reports in the sidebar's reports, for whoever reads cases. */
@Component
class SupportReportMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.REPORTS,
            "nav-support-reports",
            "supportreport.nav",
            "/support/reports/delays",
            CaseAccess.READ,
            30));
  }
}
