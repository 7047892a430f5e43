package io.pyra.customer.web;

import io.pyra.customer.CustomerAccessRequested;
import io.pyra.customer.CustomerCard;
import io.pyra.customer.CustomerPanel;
import io.pyra.customer.lookup.AccessRequests;
import io.pyra.customer.lookup.CustomerLookup;
import io.pyra.customer.lookup.OutOfScope;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /lookup?phone=…}: the page a telephone system opens when a call comes in. The cards of the
 * customers the user may open (with the call-log form other modules add to them), and of the others
 * only how many there are and which branch owns them, with "Request access" and "Notify the owner".
 */
@Controller
class KnownCallerWebController {

  private final CustomerLookup lookup;
  private final CustomerPanels panels;
  private final AccessRequests requests;
  private final Problems problems;

  KnownCallerWebController(
      CustomerLookup lookup, CustomerPanels panels, AccessRequests requests, Problems problems) {
    this.lookup = lookup;
    this.panels = panels;
    this.requests = requests;
    this.problems = problems;
  }

  @GetMapping("/lookup")
  @PreAuthorize("hasAuthority('customer.read')")
  String lookup(
      @RequestParam(required = false) String phone,
      @RequestParam(required = false) String email,
      Model model) {
    List<CustomerCard> cards = List.of();
    OutOfScope outOfScope = OutOfScope.NONE;
    boolean searched = false;
    boolean invalid = false; // the page asks it on every search, by email too
    if (phone != null && !phone.isBlank()) {
      searched = true;
      cards = lookup.byPhone(phone);
      invalid = lookup.normalizePhone(phone).isEmpty();
      outOfScope = lookup.outOfScope(lookup.hiddenByPhone(phone));
    } else if (email != null && !email.isBlank()) {
      searched = true;
      cards = lookup.byEmail(email);
      outOfScope = lookup.outOfScope(lookup.hiddenByEmail(email));
    }
    model.addAttribute("invalid", invalid);
    model.addAttribute("phone", phone);
    model.addAttribute("email", email);
    model.addAttribute("searched", searched);
    model.addAttribute("cards", cards);
    model.addAttribute("outOfScope", outOfScope);
    model.addAttribute(
        "panels",
        cards.stream()
            .collect(
                Collectors.toMap(
                    CustomerCard::id,
                    card -> panels.at(CustomerPanel.Place.CARD, card.id().value()))));
    return "customer/lookup";
  }

  /**
   * "Request access" or "Notify the owner" for the customers with this phone (or email) that the
   * user may not open; back on the lookup with what was done.
   */
  @PostMapping("/lookup/access-requests")
  @PreAuthorize("hasAuthority('customer.read')")
  String request(
      @RequestParam(required = false) String phone,
      @RequestParam(required = false) String email,
      @RequestParam String kind,
      Locale locale,
      RedirectAttributes redirect) {
    CustomerAccessRequested.Kind asked;
    try {
      asked = CustomerAccessRequested.Kind.valueOf(kind.strip());
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException("kind", "unknown", "lookup.access.kind.unknown", kind);
    }
    String value = phone != null && !phone.isBlank() ? phone : email;
    if (value == null || value.isBlank() || value.length() > 254) {
      throw new BusinessRuleException("phone", "required", "validation.required", "phone");
    }
    int told = requests.request(phone, email, asked);
    String done = asked == CustomerAccessRequested.Kind.REQUEST_ACCESS ? "requested" : "notified";
    redirect.addFlashAttribute(
        "success", problems.messageOf("lookup.access." + (told > 0 ? done : "already"), locale));
    UriComponentsBuilder back = UriComponentsBuilder.fromPath("/lookup");
    if (phone != null && !phone.isBlank()) {
      back.queryParam("phone", phone.strip());
    } else {
      back.queryParam("email", email.strip());
    }
    return "redirect:" + back.encode().build().toUriString();
  }
}
