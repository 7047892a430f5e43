package io.pyra.identity.web;

import io.pyra.identity.security.SignInRefusal;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, with the reason of a refused sign-in. */
@Controller
class LoginWebController {

  @GetMapping("/login")
  String login(HttpSession session, Model model) {
    if (session.getAttribute(SignInRefusal.SESSION_ATTRIBUTE) instanceof SignInRefusal refusal) {
      session.removeAttribute(SignInRefusal.SESSION_ATTRIBUTE);
      model.addAttribute("refusalKey", refusal.messageKey());
      model.addAttribute("refusalMinutes", refusal.minutesLeft());
    }
    return "identity/login";
  }
}
