package io.pyra.interaction.web;

import io.pyra.interaction.dashboard.TeamDashboard;
import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The pages of the day's work, contact records, reports and their settings in the sidebar; the
 * follow-up rules beside the other customer value pages.
 */
@Component
class InteractionMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.MY_WORK,
            "nav-dashboard",
            "nav.dashboard",
            "/dashboard",
            TeamDashboard.PERMISSION,
            5),
        MenuEntry.forEveryone(MenuGroup.MY_WORK, "nav-my-day", "nav.myDay", "/my-day", 10),
        MenuEntry.forEveryone(MenuGroup.MY_WORK, "nav-tasks", "nav.tasks", "/tasks", 20),
        MenuEntry.forEveryone(
            MenuGroup.MY_WORK, "nav-notification-list", "nav.notifications", "/notifications", 30),
        new MenuEntry(
            MenuGroup.CUSTOMERS,
            "nav-interactions",
            "nav.interactions",
            "/interactions",
            "customer.read",
            30),
        new MenuEntry(MenuGroup.CUSTOMERS, "nav-jobs", "nav.jobs", "/jobs", "customer.read", 40),
        new MenuEntry(
            MenuGroup.VALUE,
            "nav-follow-up-rules",
            "nav.followUpRules",
            "/follow-up-rules",
            "value.read",
            70),
        new MenuEntry(
            MenuGroup.REPORTS,
            "nav-contact-analysis",
            "nav.contactAnalysis",
            "/reports/contacts",
            "contact-analysis.read",
            10),
        new MenuEntry(
            MenuGroup.REPORTS,
            "nav-supervision",
            "nav.supervision",
            "/supervision",
            "supervision.read",
            20),
        new MenuEntry(
            MenuGroup.ADMINISTRATION,
            "nav-interaction-types",
            "nav.interactionTypes",
            "/admin/interaction-types",
            "interaction.configure",
            60),
        new MenuEntry(
            MenuGroup.ADMINISTRATION,
            "nav-follow-up-policies",
            "nav.followUpPolicies",
            "/admin/follow-up-policies",
            "interaction.configure",
            70));
  }
}
