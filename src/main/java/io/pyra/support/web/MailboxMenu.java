package io.pyra.support.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** The support mailbox in the sidebar: triage for whoever works cases, quarantine for settings. */
@Component
class MailboxMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.SERVICE,
            "nav-triage",
            "mailbox.nav.triage",
            "/support/triage",
            "case.write",
            40),
        new MenuEntry(
            MenuGroup.SERVICE,
            "nav-quarantine",
            "mailbox.nav.quarantine",
            "/support/quarantine",
            "support.configure",
            90));
  }
}
