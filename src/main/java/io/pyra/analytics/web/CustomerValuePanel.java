package io.pyra.analytics.web;

import io.pyra.analytics.pyramid.PyramidScheme;
import io.pyra.analytics.pyramid.PyramidSchemes;
import io.pyra.analytics.pyramid.TierPath;
import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerPanel;
import io.pyra.identity.CurrentUser;
import io.pyra.platform.error.AccessRefusedException;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The customer's value as a section of the customer's page: their tier at each snapshotted month
 * end of the shipped revenue pyramid, the latest first (the tier path); shown to those who may see
 * customer value, loaded from {@code /customers/{id}/value}.
 */
@Component
class CustomerValuePanel implements CustomerPanel {

  private final CurrentUser currentUser;

  CustomerValuePanel(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public String id() {
    return "value";
  }

  @Override
  public String titleKey() {
    return "analytics.value.title";
  }

  @Override
  public int order() {
    return 27;
  }

  @Override
  public Set<Place> places() {
    return Set.of(Place.DETAIL);
  }

  @Override
  public String path(CustomerId customerId) {
    return "/customers/" + customerId + "/value";
  }

  @Override
  public boolean shown() {
    return currentUser.visibility(ValueRequests.READ).granted();
  }

  /** The panel's fragment. */
  @Controller
  static class Fragment {

    /** At most this many month ends are shown. */
    static final int STEPS = 24;

    private final CustomerApi customers;
    private final CurrentUser currentUser;
    private final PyramidSchemes schemes;
    private final TierPath path;

    Fragment(
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
}
