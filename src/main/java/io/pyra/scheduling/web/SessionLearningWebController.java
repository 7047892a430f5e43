package io.pyra.scheduling.web;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerRef;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.scheduling.session.LearningHistory;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A customer's learning history: the classes they were enrolled in, latest first, with their
 * attendance; for a reader who may see the customer ({@code customer.read}), else not found.
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

  @GetMapping("/customers/{id}/learning")
  String learning(@PathVariable UUID id, Model model) {
    CustomerRef customer =
        customers
            .find(new CustomerId(id))
            .filter(c -> customers.reaches("customer.read", c))
            .orElseThrow(() -> new RecordNotFoundException("customer", id));
    model.addAttribute("customer", customer);
    model.addAttribute("lessons", history.of(id));
    return "scheduling/sessions/learning";
  }
}
