package io.pyra.scheduling.web;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerRef;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.scheduling.session.LearningHistory;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A customer's learning history: the classes they were enrolled in, latest first, with their
 * attendance, as a page and as the customer page's panel (the latest few); for a reader who may see
 * the customer ({@code customer.read}), else not found.
 */
@Controller
@PreAuthorize("hasAuthority('booking.read') and hasAuthority('customer.read')")
class SessionLearningWebController {

  private final CustomerApi customers;
  private final LearningHistory history;

  SessionLearningWebController(CustomerApi customers, LearningHistory history) {
    this.customers = customers;
    this.history = history;
  }

  /** The most classes the customer page's panel lists (the latest). */
  static final int PANEL_LESSONS = 5;

  @GetMapping("/customers/{id}/learning")
  String learning(@PathVariable UUID id, Model model) {
    model.addAttribute("customer", reachable(id));
    model.addAttribute("lessons", history.of(id));
    return "scheduling/sessions/learning";
  }

  /** The customer page's panel: the latest classes, how many there are, a link to them all. */
  @GetMapping("/customers/{id}/learning/panel")
  String panel(@PathVariable UUID id, Model model) {
    CustomerRef customer = reachable(id);
    List<LearningHistory.Lesson> lessons = history.of(id);
    model.addAttribute("customer", customer);
    model.addAttribute("lessons", lessons.subList(0, Math.min(PANEL_LESSONS, lessons.size())));
    model.addAttribute("total", lessons.size());
    model.addAttribute("cut", lessons.size() >= LearningHistory.MAX);
    return "scheduling/sessions/learning-panel :: panel";
  }

  private CustomerRef reachable(UUID id) {
    return customers
        .find(new CustomerId(id))
        .filter(c -> customers.reaches("customer.read", c))
        .orElseThrow(() -> new RecordNotFoundException("customer", id));
  }
}
