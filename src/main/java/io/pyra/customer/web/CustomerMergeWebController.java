package io.pyra.customer.web;

import io.pyra.customer.profile.Customer;
import io.pyra.customer.profile.CustomerMerger;
import io.pyra.customer.profile.CustomerService;
import io.pyra.customer.profile.MergeCustomers;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.StaleVersionException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The merge page: the survivor and the merged record side by side, one choice per field. The merged
 * record is a stored customer, or an entry of the new-customer form that was never saved.
 */
@Controller
class CustomerMergeWebController {

  private final CustomerService customers;
  private final CustomerMerger merger;
  private final CustomerPageModel pages;
  private final CustomerRepresentation representation;
  private final Problems problems;
  private final io.pyra.identity.IdentityApi identity;

  CustomerMergeWebController(
      CustomerService customers,
      CustomerMerger merger,
      CustomerPageModel pages,
      CustomerRepresentation representation,
      Problems problems,
      io.pyra.identity.IdentityApi identity) {
    this.identity = identity;
    this.customers = customers;
    this.merger = merger;
    this.pages = pages;
    this.representation = representation;
    this.problems = problems;
  }

  @GetMapping("/customers/{survivorId}/merge")
  @PreAuthorize("hasAuthority('customer.merge')")
  String page(
      @PathVariable UUID survivorId, @RequestParam UUID mergedId, Model model, Locale locale) {
    Customer survivor = customers.writable(survivorId, "customer.merge");
    Customer merged = customers.writable(mergedId, "customer.merge");
    var s = representation.json(survivor.id());
    var m = representation.json(merged.id());
    model.addAttribute("survivor", s);
    model.addAttribute("merged", m);
    Map<String, String[]> rows = new java.util.LinkedHashMap<>();
    for (String field : MergeCustomers.FIELDS) {
      rows.put(
          field, new String[] {text(field, s, survivor, locale), text(field, m, merged, locale)});
    }
    model.addAttribute("rows", rows);
    model.addAttribute("combinable", MergeCustomers.COMBINABLE);
    return "customer/customers/merge";
  }

  /**
   * "Merge into this one" from the new-customer form: the entry was never saved; the page shows its
   * values beside the existing customer's and carries them in hidden inputs.
   */
  @PostMapping("/customers/{survivorId}/merge/new")
  @PreAuthorize("hasAuthority('customer.merge')")
  String draftPage(
      @PathVariable UUID survivorId,
      @ModelAttribute("entry") CustomerForm draft,
      Model model,
      Locale locale) {
    Customer survivor = customers.writable(customers.get(survivorId).id(), "customer.merge");
    var s = representation.json(survivor.id());
    model.addAttribute("survivor", s);
    model.addAttribute("draft", true);
    model.addAttribute("draftFields", draft.hiddenFields());
    model.addAttribute("draftName", draft.getName());
    Map<String, String[]> rows = new java.util.LinkedHashMap<>();
    for (String field : MergeCustomers.FIELDS) {
      rows.put(
          field, new String[] {text(field, s, survivor, locale), draftText(field, draft, locale)});
    }
    model.addAttribute("rows", rows);
    model.addAttribute("combinable", MergeCustomers.COMBINABLE);
    return "customer/customers/merge";
  }

  /**
   * The merge of an unsaved entry: the existing customer takes the chosen values of the entry (and
   * both lists where chosen); no second customer is ever created.
   */
  @PostMapping("/customers/{survivorId}/merge/new/confirm")
  @PreAuthorize("hasAuthority('customer.merge')")
  String mergeDraft(
      @PathVariable UUID survivorId,
      @ModelAttribute("entry") CustomerForm draft,
      @RequestParam Map<String, String> params,
      @RequestParam(required = false) Long survivorVersion,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Customer survivor = customers.writable(customers.get(survivorId).id(), "customer.merge");
    Map<String, String> choices = new HashMap<>();
    for (String field : MergeCustomers.FIELDS) {
      String choice = params.get("field." + field);
      if (choice != null) {
        choices.put(field, choice);
      }
    }
    CustomerForm merged = CustomerForm.merge(pages.form(survivor.id()), draft, choices);
    if (survivorVersion != null) {
      merged.setVersion(survivorVersion);
    }
    merged.setDuplicateReason(problems.messageOf("customer.merge.new.reason", locale));
    try {
      Customer saved = customers.update(survivor.id(), merged.command(true));
      redirect.addFlashAttribute(
          "success", problems.messageOf("customer.merge.new.done", locale, saved.code()));
      return "redirect:/customers/" + saved.id();
    } catch (BusinessRuleException e) {
      model.addAttribute("error", problems.message(e.violations().get(0), locale));
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      model.addAttribute("error", problems.messageOf("problem.stale.detail", locale));
    }
    return draftPage(survivorId, draft, model, locale);
  }

  private String draftText(String field, CustomerForm d, Locale locale) {
    return switch (field) {
      case "name" -> Objects.toString(d.getName(), "");
      case "stage" ->
          d.getStage() == null || d.getStage().isBlank()
              ? ""
              : problems.messageOf("customer.stage." + d.getStage(), locale);
      case "owner" ->
          identity.user(UserId.ofNullable(d.getOwnerId())).map(u -> u.displayName()).orElse("");
      case "orgUnit" ->
          identity.orgUnit(OrgUnitId.ofNullable(d.getOrgUnitId())).map(u -> u.name()).orElse("");
      case "sector" -> Objects.toString(d.getSector(), "");
      case "address" ->
          Stream.of(d.getStreet(), d.getCity(), d.getProvince(), d.getCountry())
              .filter(v -> v != null && !v.isBlank())
              .collect(Collectors.joining(", "));
      case "profile" -> Objects.toString(d.getBackground(), Objects.toString(d.getIndustry(), ""));
      case "phones" -> values(d.getPhones());
      case "emails" -> values(d.getEmails());
      case "tags" -> Objects.toString(d.getTags(), "");
      case "consents" ->
          String.join(
              ", ",
              d.getConsents().stream()
                  .map(x -> problems.messageOf("customer.consent." + x, locale))
                  .toList());
      case "customFields" -> {
        Map<String, Object> all = new java.util.TreeMap<>(d.getCustomFields());
        d.getMultiFields().forEach(all::put);
        all.values().removeIf(v -> v == null || v.toString().isBlank());
        yield all.isEmpty() ? "" : all.toString();
      }
      default -> "";
    };
  }

  private static String values(java.util.List<CustomerForm.Row> rows) {
    return rows.stream()
        .map(CustomerForm.Row::getValue)
        .filter(v -> v != null && !v.isBlank())
        .collect(Collectors.joining(", "));
  }

  private String text(
      String field, CustomerRepresentation.CustomerJson c, Customer customer, Locale locale) {
    return switch (field) {
      case "name" -> c.name();
      case "stage" -> problems.messageOf("customer.stage." + c.stage(), locale);
      case "owner" ->
          identity.user(UserId.ofNullable(c.ownerId())).map(u -> u.displayName()).orElse("");
      case "orgUnit" ->
          identity.orgUnit(OrgUnitId.ofNullable(c.orgUnitId())).map(u -> u.name()).orElse("");
      case "sector" ->
          java.util.Objects.toString(pages.sectorName(customer.sectorId(), locale), "");
      case "address" ->
          java.util.stream.Stream.of(
                  c.address().street(),
                  c.address().city(),
                  c.address().province(),
                  c.address().country())
              .filter(java.util.Objects::nonNull)
              .collect(java.util.stream.Collectors.joining(", "));
      case "profile" ->
          java.util.Objects.toString(
              c.profile().background(), java.util.Objects.toString(c.profile().industry(), ""));
      case "phones" -> String.join(", ", c.phones().stream().map(p -> p.number()).toList());
      case "emails" -> String.join(", ", c.emails().stream().map(e -> e.address()).toList());
      case "tags" -> String.join(", ", c.tags());
      case "consents" ->
          String.join(
              ", ",
              c.consents().stream()
                  .filter(x -> x.granted())
                  .map(x -> problems.messageOf("customer.consent." + x.channel(), locale))
                  .toList());
      case "customFields" -> c.customFields().toString();
      default -> "";
    };
  }

  @PostMapping("/customers/{survivorId}/merge")
  @PreAuthorize("hasAuthority('customer.merge')")
  String merge(
      @PathVariable UUID survivorId,
      @RequestParam UUID mergedId,
      @RequestParam Map<String, String> params,
      @RequestParam(required = false) Long survivorVersion,
      @RequestParam(required = false) Long mergedVersion,
      Locale locale,
      RedirectAttributes redirect) {
    Map<String, String> choices = new HashMap<>();
    for (String field : MergeCustomers.FIELDS) {
      String choice = params.get("field." + field);
      if (choice != null) {
        choices.put(field, choice);
      }
    }
    try {
      Customer survivor =
          merger.merge(
              new MergeCustomers(survivorId, mergedId, choices, survivorVersion, mergedVersion));
      redirect.addFlashAttribute("success", problems.messageOf("customer.merged", locale));
      return "redirect:/customers/" + survivor.id();
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("error", problems.message(e.violations().get(0), locale));
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", problems.messageOf("problem.stale.detail", locale));
    }
    return "redirect:/customers/" + survivorId + "/merge?mergedId=" + mergedId;
  }
}
