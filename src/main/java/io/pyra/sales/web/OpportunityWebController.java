package io.pyra.sales.web;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerRef;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserId;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
import io.pyra.sales.opportunity.MoveOpportunity;
import io.pyra.sales.opportunity.Opportunity;
import io.pyra.sales.opportunity.OpportunityAccess;
import io.pyra.sales.opportunity.OpportunityDirectory;
import io.pyra.sales.opportunity.OpportunityRow;
import io.pyra.sales.opportunity.OpportunityService;
import io.pyra.sales.opportunity.OpportunityStatus;
import io.pyra.sales.pipeline.LostReasons;
import io.pyra.sales.pipeline.Pipeline;
import io.pyra.sales.pipeline.PipelineService;
import io.pyra.sales.pipeline.PipelineStage;
import io.pyra.sales.pipeline.SalesSources;
import io.pyra.sales.pipeline.StageOutcome;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One opportunity's pages: the new-opportunity form (from a customer's page with {@code
 * ?customerId=}), the page with its stage history and the "move to" form, the edit form, and the
 * move itself (from the page, the board's cards, its drag and drop and its lost-deal dialog). A
 * move to a won stage continues at the order form.
 */
@Controller
@PreAuthorize("hasAuthority('opportunity.read')")
class OpportunityWebController {

  private final OpportunityService opportunities;
  private final OpportunityDirectory directory;
  private final OpportunityAccess access;
  private final PipelineService pipelines;
  private final LostReasons lostReasons;
  private final SalesSources sources;
  private final CustomerApi customers;
  private final FormErrors formErrors;
  private final Problems problems;
  private final JdbcClient jdbc;
  private final IdentityApi identity;

  OpportunityWebController(
      OpportunityService opportunities,
      OpportunityDirectory directory,
      OpportunityAccess access,
      PipelineService pipelines,
      LostReasons lostReasons,
      SalesSources sources,
      CustomerApi customers,
      FormErrors formErrors,
      Problems problems,
      JdbcClient jdbc,
      IdentityApi identity) {
    this.opportunities = opportunities;
    this.directory = directory;
    this.access = access;
    this.pipelines = pipelines;
    this.lostReasons = lostReasons;
    this.sources = sources;
    this.customers = customers;
    this.formErrors = formErrors;
    this.problems = problems;
    this.jdbc = jdbc;
    this.identity = identity;
  }

  @GetMapping("/opportunities/new")
  @PreAuthorize("hasAuthority('opportunity.write')")
  String create(
      @RequestParam(required = false) UUID customerId,
      @RequestParam(required = false) String pipeline,
      Model model) {
    OpportunityForm form = new OpportunityForm();
    form.setOwnerId(access.me());
    form.setCurrency(baseCurrency());
    Optional<Pipeline> chosen =
        pipeline == null
            ? pipelines.activePipelines().stream().findFirst()
            : pipelines.byReference(pipeline);
    chosen.flatMap(p -> pipelines.firstStage(p.id())).ifPresent(s -> form.setStage(s.id()));
    if (customerId != null) {
      customers
          .find(new CustomerId(customerId))
          .filter(c -> customers.reaches("customer.read", c))
          .ifPresent(
              c -> {
                form.setCustomerId(c.id().value());
                form.setCustomerCode(c.code());
              });
    }
    return edit(null, form, model);
  }

  @PostMapping("/opportunities")
  @PreAuthorize("hasAuthority('opportunity.write')")
  String create(
      @Valid @ModelAttribute("opportunityForm") OpportunityForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    resolveCustomer(form, binding, locale);
    if (!binding.hasErrors()) {
      try {
        String pipelineId =
            form.getStage() == null
                ? null
                : pipelines.stage(form.getStage()).map(s -> s.pipelineId().toString()).orElse("-");
        Opportunity opportunity = opportunities.create(form.command(pipelineId));
        redirect.addFlashAttribute(
            "success", problems.messageOf("opportunity.created", locale, opportunity.title()));
        return "redirect:/opportunities/" + opportunity.id();
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      }
    }
    response.setStatus(422);
    return edit(null, form, model);
  }

  @GetMapping("/opportunities/{id}")
  String detail(@PathVariable UUID id, Model model) {
    OpportunityRow row = row(id);
    return detail(row, new MoveForm(null, null, null), model);
  }

  @GetMapping("/opportunities/{id}/edit")
  @PreAuthorize("hasAuthority('opportunity.write')")
  String edit(@PathVariable UUID id, Model model) {
    opportunities.writable(id);
    OpportunityRow row = row(id);
    return edit(row, OpportunityForm.of(row), model);
  }

  @PostMapping("/opportunities/{id}")
  @PreAuthorize("hasAuthority('opportunity.write')")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("opportunityForm") OpportunityForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    opportunities.writable(id);
    resolveCustomer(form, binding, locale);
    if (!binding.hasErrors()) {
      try {
        long version = form.getVersion() == null ? -1 : form.getVersion();
        Opportunity opportunity = opportunities.update(id, version, form.command(null));
        redirect.addFlashAttribute(
            "success", problems.messageOf("opportunity.saved", locale, opportunity.title()));
        return "redirect:/opportunities/" + id;
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      } catch (StaleVersionException | OptimisticLockingFailureException e) {
        formErrors.stale(binding, locale);
      }
    }
    response.setStatus(422);
    return edit(row(id), form, model);
  }

  /**
   * Moves the opportunity; a won one continues at its order, otherwise back to the board ({@code
   * returnTo=board}) or the opportunity's page. A refused move shows the opportunity's page with
   * the reason (422) and changes nothing.
   */
  @PostMapping("/opportunities/{id}/stage")
  @PreAuthorize("hasAuthority('opportunity.write')")
  String move(
      @PathVariable UUID id,
      @RequestParam(required = false) String stage,
      @RequestParam(required = false) String lostReason,
      @RequestParam(required = false) String competitor,
      @RequestParam(required = false) String returnTo,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    MoveForm move = new MoveForm(stage, lostReason, competitor);
    try {
      OpportunityService.Moved moved =
          opportunities.move(id, new MoveOpportunity(stage, lostReason, competitor, null));
      Opportunity opportunity = moved.opportunity();
      if (moved.changed() && opportunity.status() == OpportunityStatus.WON) {
        return "redirect:" + OpportunityPages.orderUrl(opportunity.id());
      }
      if (moved.changed()) {
        PipelineStage now = pipelines.getStage(opportunity.stageId());
        redirect.addFlashAttribute(
            "success",
            problems.messageOf("opportunity.moved", locale, opportunity.title(), now.name(locale)));
      }
      if ("board".equals(returnTo)) {
        return "redirect:" + OpportunityPages.board(pipelines.get(opportunity.pipelineId()).code());
      }
      return "redirect:/opportunities/" + id;
    } catch (BusinessRuleException e) {
      response.setStatus(422);
      model.addAttribute("moveError", problems.message(e.violations().get(0), locale));
      model.addAttribute("moveErrorField", e.violations().get(0).field());
      return detail(row(id), move, model);
    }
  }

  /** What the "move to" form holds after a refused move. */
  record MoveForm(String stage, String lostReason, String competitor) {}

  private String detail(OpportunityRow row, MoveForm move, Model model) {
    model.addAttribute("opportunity", row);
    model.addAttribute("history", directory.history(row.id(), Instant.now()));
    model.addAttribute("stages", pipelines.boardStages(row.pipelineId()));
    model.addAttribute("lostReasons", lostReasons.active());
    model.addAttribute("move", move);
    model.addAttribute("zone", identity.timeZone(new UserId(access.me())));
    model.addAttribute("mayChange", opportunities.mayChange(opportunities.get(row.id())));
    model.addAttribute(
        "orderUrl",
        row.status() == OpportunityStatus.WON && row.wonOrderId() == null
            ? OpportunityPages.orderUrl(row.id())
            : null);
    return "sales/opportunities/detail";
  }

  private String edit(OpportunityRow row, OpportunityForm form, Model model) {
    model.addAttribute("opportunityForm", form);
    model.addAttribute("opportunity", row);
    model.addAttribute("owners", access.possibleOwners());
    model.addAttribute("sources", sources.active());
    model.addAttribute("pipelines", pipelines.activePipelines());
    model.addAttribute(
        "openStages",
        pipelines.activePipelines().stream()
            .map(
                p ->
                    new PipelineStages(
                        p,
                        pipelines.boardStages(p.id()).stream()
                            .filter(s -> s.outcome() == StageOutcome.OPEN)
                            .toList()))
            .toList());
    model.addAttribute(
        "contacts",
        form.getCustomerId() == null
            ? List.of()
            : customers.contacts(new CustomerId(form.getCustomerId())));
    return "sales/opportunities/edit";
  }

  /** A pipeline with the stages a form offers. */
  record PipelineStages(Pipeline pipeline, List<PipelineStage> stages) {}

  private void resolveCustomer(OpportunityForm form, BindingResult binding, Locale locale) {
    String code = form.getCustomerCode();
    if (code == null || code.isBlank()) {
      return;
    }
    Optional<CustomerRef> customer =
        customers.findByCode(code.strip()).filter(c -> customers.reaches("customer.read", c));
    if (customer.isPresent()) {
      if (form.getCustomerId() != null
          && !customer.get().id().value().equals(form.getCustomerId())) {
        form.setContactId(null);
      }
      form.setCustomerId(customer.get().id().value());
    } else {
      form.setCustomerId(null);
      binding.rejectValue(
          "customerCode",
          "not-found",
          problems.messageOf("opportunity.customer.code-unknown", locale, code.strip()));
    }
  }

  private OpportunityRow row(UUID id) {
    return directory.find(id).orElseThrow(() -> new RecordNotFoundException("opportunity", id));
  }

  /** The base currency (the sales setting), CNY until one is set. */
  private String baseCurrency() {
    return jdbc.sql("select base_currency from sales_setting where id = 1")
        .query(String.class)
        .optional()
        .orElse("CNY");
  }
}
