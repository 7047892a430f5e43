package io.pyra.analytics.web;

import io.pyra.analytics.pyramid.PyramidScheme;
import io.pyra.analytics.pyramid.PyramidSchemes;
import io.pyra.analytics.pyramid.TierPath;
import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.identity.CurrentUser;
import io.pyra.platform.error.AccessRefusedException;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The fragment of the customer page's value panel: the customer's tier at each snapshotted month
 * end of a scheme (the shipped revenue pyramid unless another is chosen), for a reader of the
 * customer who may see customer value.
 */
@Controller
class CustomerValueWebController {

  /** At most this many month ends are shown. */
  static final int STEPS = 24;

  private final CustomerApi customers;
  private final CurrentUser currentUser;
  private final PyramidSchemes schemes;
  private final TierPath path;

  CustomerValueWebController(
      CustomerApi customers, CurrentUser currentUser, PyramidSchemes schemes, TierPath path) {
    this.customers = customers;
    this.currentUser = currentUser;
    this.schemes = schemes;
    this.path = path;
  }

  /** A month end of the path as the panel shows it. */
  record Step(String periodEnd, String tier, Integer rank, String revenue) {}

  @GetMapping("/customers/{customerId}/value")
  String panel(
      @PathVariable UUID customerId,
      @org.springframework.web.bind.annotation.RequestParam(required = false) String scheme,
      Model model) {
    CustomerId id = CustomerId.ofNullable(customerId);
    customers.require(ValueRequests.CUSTOMER_READ, id);
    customers.require(ValueRequests.READ, id);
    if (!currentUser.visibility(ValueRequests.READ).granted()) {
      throw new AccessRefusedException(ValueRequests.READ);
    }
    PyramidScheme chosen =
        schemes
            .byCode(scheme == null ? "REVENUE_SHARES" : scheme)
            .orElseGet(() -> schemes.byCode("REVENUE_SHARES").orElseThrow());
    List<Step> steps =
        path.of(chosen, customerId, STEPS).stream()
            .map(
                s ->
                    new Step(
                        s.periodEnd().toString(),
                        s.tier() == null ? null : s.tier().name(),
                        s.rank(),
                        s.revenue() == null
                            ? null
                            : String.format(
                                Locale.ROOT,
                                "%,.2f",
                                s.revenue().setScale(2, RoundingMode.HALF_EVEN))))
            .toList();
    model.addAttribute("customerId", customerId);
    model.addAttribute("scheme", chosen);
    model.addAttribute("schemes", schemes.list());
    model.addAttribute("steps", steps);
    return "analytics/customer-value :: panel";
  }
}
