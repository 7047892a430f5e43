package io.pyra.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in. Later modules give it the user's day. */
@Controller
class HomeWebController {

  @GetMapping("/")
  String home() {
    return "home";
  }
}
