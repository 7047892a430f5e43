package io.pyra.analytics.web;

import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The org units a scheme form suggests as its audience is typed: the options of its datalist, by
 * code or name, so that any of thousands of units can be chosen.
 */
@Controller
@PreAuthorize("hasAuthority('value.manage')")
class AudienceWebController {

  private final AudienceViews audiences;

  AudienceWebController(AudienceViews audiences) {
    this.audiences = audiences;
  }

  @GetMapping("/analytics/audience/org-units")
  String orgUnits(
      @RequestParam(name = "audienceOrgUnit", required = false) String typed,
      Locale locale,
      Model model) {
    model.addAttribute("audienceOptions", audiences.unitSuggestions(typed, locale));
    return "analytics/audience-fragments :: unit-options";
  }
}
