package io.pyra.support.web;

import io.pyra.customer.ContactSummary;
import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerRef;
import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.interaction.ContactChannel;
import io.pyra.interaction.InteractionApi;
import io.pyra.support.cases.CaseAccess;
import io.pyra.support.cases.CaseType;
import io.pyra.support.cases.Severity;
import io.pyra.support.cases.SupportCase;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the case pages share: the reader's time zone and the choices of the case form. */
@Component
class CasePages {

  /** A choice of a select: its value and its text in the reader's language. */
  record Option(String value, String text) {}

  private final CurrentUser currentUser;
  private final IdentityApi identity;
  private final CustomerApi customers;
  private final InteractionApi interaction;
  private final CaseAccess access;

  CasePages(
      CurrentUser currentUser,
      IdentityApi identity,
      CustomerApi customers,
      InteractionApi interaction,
      CaseAccess access) {
    this.currentUser = currentUser;
    this.identity = identity;
    this.customers = customers;
    this.interaction = interaction;
    this.access = access;
  }

  /** The time zone of the reader's org unit: every time on the case pages is shown in it. */
  ZoneId zone() {
    return identity.timeZone(currentUser.requireId());
  }

  UUID me() {
    return access.me();
  }

  /** The user's own org unit, "my team" of the queue. */
  UUID myTeam() {
    return currentUser.orgUnitId().map(u -> u.value()).orElse(null);
  }

  /** The customer a new case is for, when the reader may see it (null otherwise). */
  CustomerRef customer(UUID customerId) {
    if (customerId == null) {
      return null;
    }
    CustomerId id = new CustomerId(customerId);
    return customers.find(id).filter(c -> customers.reaches("customer.read", c)).orElse(null);
  }

  /** The choices of the case form; {@code existing} keeps its current values choosable. */
  void formOptions(Model model, CustomerRef customer, SupportCase existing, Locale locale) {
    model.addAttribute("customer", customer);
    model.addAttribute(
        "contacts",
        customer == null ? List.<ContactSummary>of() : customers.contacts(customer.id()));
    model.addAttribute("types", CaseType.values());
    model.addAttribute("severities", Severity.values());
    model.addAttribute("channels", ContactChannel.values());
    String current = existing == null ? null : existing.serviceCategory();
    model.addAttribute(
        "serviceCategories",
        interaction.serviceCategories().stream()
            .filter(s -> s.active() || s.code().equals(current))
            .map(s -> new Option(s.code(), s.name().inOrEnglish(locale)))
            .toList());
    List<UserSummary> assignees = new ArrayList<>(access.possibleAssignees());
    if (existing != null
        && existing.assigneeId() != null
        && assignees.stream().noneMatch(u -> u.id().value().equals(existing.assigneeId()))) {
      identity.user(new UserId(existing.assigneeId())).ifPresent(assignees::add);
    }
    model.addAttribute("assignees", assignees);
    model.addAttribute("me", me());
    model.addAttribute("teams", identity.orgUnits());
  }
}
