package io.pyra.marketing.web;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The booking form's visitor picker (htmx): the leads and customers matching what the agent types,
 * and the visitor chosen among them, which fills the form's hidden lead or customer id.
 */
@Controller
@PreAuthorize("hasAuthority('appointment.write')")
class BookingVisitorWebController {

  private final BookingVisitors visitors;

  BookingVisitorWebController(BookingVisitors visitors) {
    this.visitors = visitors;
  }

  @GetMapping("/appointments/new/visitors")
  String find(@RequestParam(required = false) String q, Model model) {
    model.addAttribute("choices", visitors.find(q));
    model.addAttribute("searched", q != null && !q.isBlank());
    return "marketing/appointments/new :: visitors";
  }

  /** The chosen visitor, in place of the one before; the list of matches is emptied. */
  @GetMapping("/appointments/new/visitor")
  String choose(
      @RequestParam(required = false) UUID leadId,
      @RequestParam(required = false) UUID customerId,
      @ModelAttribute("appointmentForm") AppointmentForm form,
      Model model) {
    BookingVisitors.Choice chosen = visitors.chosen(leadId, leadId == null ? customerId : null);
    form.setLeadId(chosen != null && chosen.kind().equals("LEAD") ? chosen.id() : null);
    form.setCustomerId(chosen != null && chosen.kind().equals("CUSTOMER") ? chosen.id() : null);
    model.addAttribute("visitor", chosen);
    return "marketing/appointments/visitor :: chosen";
  }
}
