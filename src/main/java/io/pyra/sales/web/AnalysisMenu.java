package io.pyra.sales.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import io.pyra.sales.analysis.SalesScope;
import java.util.List;
import org.springframework.stereotype.Component;

/** The sales analysis in the sidebar's sales group. */
@Component
class AnalysisMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.SALES,
            "nav-sales-analysis",
            "nav.salesAnalysis",
            "/sales/analysis",
            SalesScope.PERMISSION,
            90));
  }
}
