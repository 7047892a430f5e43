package io.pyra.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after sign-in ({@code /}): the user's home as {@link Home} chooses it, shown under
 * {@code /} itself (a forward, not a redirect); and the dashboard, whose cards the modules declare.
 */
@Controller
class HomeWebController {

  private final Home home;
  private final Dashboard dashboard;

  HomeWebController(Home home, Dashboard dashboard) {
    this.home = home;
    this.dashboard = dashboard;
  }

  @GetMapping("/")
  String home(Authentication authentication) {
    return "forward:" + home.pathFor(authentication);
  }

  @GetMapping("/dashboard")
  String dashboard(Authentication authentication, Model model) {
    model.addAttribute("cards", dashboard.visibleTo(authentication));
    model.addAttribute(Chart.PAGE_ATTRIBUTE, true);
    return "platform/dashboard";
  }
}
