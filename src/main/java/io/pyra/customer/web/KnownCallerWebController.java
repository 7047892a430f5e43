package io.pyra.customer.web;

import io.pyra.customer.CustomerCard;
import io.pyra.customer.lookup.CustomerLookup;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /lookup?phone=…}: the page a telephone system opens when a call comes in. */
@Controller
class KnownCallerWebController {

  private final CustomerLookup lookup;
  private final CustomerPanels panels;

  KnownCallerWebController(CustomerLookup lookup, CustomerPanels panels) {
    this.lookup = lookup;
    this.panels = panels;
  }

  @GetMapping("/lookup")
  @PreAuthorize("hasAuthority('customer.read')")
  String lookup(
      @RequestParam(required = false) String phone,
      @RequestParam(required = false) String email,
      Model model) {
    List<CustomerCard> cards = List.of();
    boolean searched = false;
    boolean invalid = false; // the page asks it on every search, by email too
    if (phone != null && !phone.isBlank()) {
      searched = true;
      cards = lookup.byPhone(phone);
      invalid = lookup.normalizePhone(phone).isEmpty();
    } else if (email != null && !email.isBlank()) {
      searched = true;
      cards = lookup.byEmail(email);
    }
    model.addAttribute("invalid", invalid);
    model.addAttribute("phone", phone);
    model.addAttribute("email", email);
    model.addAttribute("searched", searched);
    model.addAttribute("cards", cards);
    model.addAttribute(
        "panels",
        cards.stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    CustomerCard::id,
                    card ->
                        panels.at(io.pyra.customer.CustomerPanel.Place.CARD, card.id().value()))));
    return "customer/lookup";
  }
}
