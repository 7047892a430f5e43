package io.pyra.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Remembers the user's choices about the shell, posted by the shell's script as they are made. */
@Controller
class ShellWebController {

  private final ShellPreferences preferences;

  ShellWebController(ShellPreferences preferences) {
    this.preferences = preferences;
  }

  @PostMapping("/shell/sidebar")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void sidebar(@RequestParam boolean collapsed, Authentication authentication) {
    preferences.collapseSidebar(authentication.getName(), collapsed);
  }
}
