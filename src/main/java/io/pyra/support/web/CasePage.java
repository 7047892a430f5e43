package io.pyra.support.web;

import io.pyra.customer.ContactSummary;
import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.interaction.InteractionApi;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.support.cases.CaseAccess;
import io.pyra.support.cases.CaseHistory;
import io.pyra.support.cases.CasePanel;
import io.pyra.support.cases.CaseQueue;
import io.pyra.support.cases.CaseRow;
import io.pyra.support.cases.CaseStatus;
import io.pyra.support.cases.Priority;
import io.pyra.support.cases.SupportCase;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of the case page: the case with its customer, assignee and team by name, its SLA state
 * now, the moves its workflow allows, its history in words and the panels other parts of support
 * add.
 */
@Component
class CasePage {

  /** A panel as the page renders it: a section with a heading, loaded from {@code path}. */
  record PanelView(String id, String titleKey, String path) {}

  private final CaseQueue queue;
  private final CaseHistory history;
  private final CaseHistoryWords words;
  private final CaseAccess access;
  private final CasePages pages;
  private final CustomerApi customers;
  private final InteractionApi interaction;
  private final ObjectProvider<CasePanel> panels;

  CasePage(
      CaseQueue queue,
      CaseHistory history,
      CaseHistoryWords words,
      CaseAccess access,
      CasePages pages,
      CustomerApi customers,
      InteractionApi interaction,
      ObjectProvider<CasePanel> panels) {
    this.queue = queue;
    this.history = history;
    this.words = words;
    this.access = access;
    this.pages = pages;
    this.customers = customers;
    this.interaction = interaction;
    this.panels = panels;
  }

  void show(SupportCase c, Model model, Locale locale) {
    CaseRow row = queue.find(c.id()).orElseThrow(() -> new RecordNotFoundException("case", c.id()));
    ZoneId zone = pages.zone();
    Instant now = Instant.now();
    boolean works = access.has(CaseAccess.WRITE) && access.works(c);
    model.addAttribute("kase", c);
    model.addAttribute("row", row);
    model.addAttribute("sla", c.slaState(now));
    model.addAttribute("zone", zone);
    model.addAttribute("mayWork", works);
    model.addAttribute("mayApprove", works && access.has(CaseAccess.APPROVE));
    model.addAttribute(
        "nextStatuses",
        works
            ? Arrays.stream(CaseStatus.values()).filter(s -> c.status().allows(s)).toList()
            : List.of());
    model.addAttribute("mayResolve", works && c.status().allows(CaseStatus.RESOLVED));
    model.addAttribute(
        "reopening", c.status() == CaseStatus.RESOLVED || c.status() == CaseStatus.CLOSED);
    model.addAttribute(
        "priorities", IntStream.rangeClosed(Priority.HIGHEST, Priority.LOWEST).boxed().toList());
    model.addAttribute(
        "contactName",
        c.contactId() == null
            ? null
            : customers.contacts(new CustomerId(c.customerId())).stream()
                .filter(k -> k.id().equals(c.contactId()))
                .map(ContactSummary::name)
                .findFirst()
                .orElse(null));
    model.addAttribute(
        "serviceCategoryName",
        c.serviceCategory() == null
            ? null
            : interaction
                .serviceCategory(c.serviceCategory())
                .map(s -> s.name().inOrEnglish(locale))
                .orElse(c.serviceCategory()));
    model.addAttribute("history", words.lines(history.of(c.id()), zone, locale));
    model.addAttribute(
        "panels",
        panels
            .orderedStream()
            .filter(p -> p.appliesTo(c))
            .sorted(Comparator.comparingInt(CasePanel::order))
            .map(p -> new PanelView(p.id(), p.titleKey(), p.path(c.id())))
            .toList());
  }
}
