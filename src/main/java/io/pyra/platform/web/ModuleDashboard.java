package io.pyra.platform.web;

import java.util.List;

/**
 * A module's cards on the dashboard. A module declares one bean of this type in its {@code web}
 * package (as it declares its {@link ModuleMenu}); the dashboard shows the cards of all of them, in
 * order, to those who may see them, and loads each card's content from the module.
 */
@FunctionalInterface
public interface ModuleDashboard {

  List<DashboardCard> cards();
}
