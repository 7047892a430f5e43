package io.pyra.customer.web;

import io.pyra.customer.profile.CustomerTransfers;
import io.pyra.identity.IdentityApi;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A manager moves all customers of one owner (e.g. someone leaving) to another user. */
@Controller
class CustomerTransferWebController {

  private final CustomerTransfers transfers;
  private final IdentityApi identity;
  private final Problems problems;

  CustomerTransferWebController(
      CustomerTransfers transfers, IdentityApi identity, Problems problems) {
    this.transfers = transfers;
    this.identity = identity;
    this.problems = problems;
  }

  @GetMapping("/customers/transfer")
  @PreAuthorize("hasAuthority('customer.transfer')")
  String page(Model model) {
    model.addAttribute("users", identity.activeUsers());
    model.addAttribute("orgUnits", identity.orgUnits());
    return "customer/customers/transfer";
  }

  @PostMapping("/customers/transfer")
  @PreAuthorize("hasAuthority('customer.transfer')")
  String transfer(
      @RequestParam(required = false) UUID fromOwnerId,
      @RequestParam(required = false) UUID toOwnerId,
      @RequestParam(required = false) UUID orgUnitId,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      if (fromOwnerId == null || toOwnerId == null) {
        String field = fromOwnerId == null ? "fromOwnerId" : "toOwnerId";
        throw new BusinessRuleException(field, "required", "validation.required", field);
      }
      int moved = transfers.transfer(fromOwnerId, toOwnerId, orgUnitId);
      redirect.addFlashAttribute(
          "success", problems.messageOf("customer.transferred", locale, moved));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("error", problems.message(e.violations().get(0), locale));
    }
    return "redirect:/customers/transfer";
  }
}
