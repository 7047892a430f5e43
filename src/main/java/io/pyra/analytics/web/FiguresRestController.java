package io.pyra.analytics.web;

import io.pyra.analytics.figures.CustomerDays;
import io.pyra.identity.CurrentUser;
import io.pyra.platform.error.AccessRefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilding analytics' figures on demand (they are rebuilt every night and after imports). */
@RestController
@RequestMapping("/api/v1/analytics/figures")
@Tag(name = "Customer value")
class FiguresRestController {

  private final CustomerDays days;
  private final CurrentUser currentUser;

  FiguresRestController(CustomerDays days, CurrentUser currentUser) {
    this.days = days;
    this.currentUser = currentUser;
  }

  @PostMapping("/rebuild")
  @Operation(
      summary = "Rebuild every customer's figures from the sales record now",
      description = "answers the number of customer days written; needs value.manage")
  Map<String, Object> rebuild() {
    if (!currentUser.visibility(PyramidRestController.MANAGE).granted()) {
      throw new AccessRefusedException("value.manage is needed to rebuild the figures");
    }
    return Map.of("customerDays", days.rebuild());
  }
}
