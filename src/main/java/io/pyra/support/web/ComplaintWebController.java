package io.pyra.support.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.sales.SalesApi;
import io.pyra.support.cases.CaseAccess;
import io.pyra.support.cases.SupportCase;
import io.pyra.support.complaint.CompensationType;
import io.pyra.support.complaint.Compensations;
import io.pyra.support.complaint.ComplaintFollowUp;
import io.pyra.support.complaint.ComplaintSteps;
import io.pyra.support.complaint.PreventionActions;
import io.pyra.support.complaint.ProposeCompensation;
import io.pyra.support.complaint.RecordStep;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The complaint panel of the case page (loaded with htmx from {@link ComplaintPanel#path}) and its
 * forms: each posts with htmx and gets the panel back, with the refusal's messages (422) when the
 * input broke a rule; without htmx it redirects to the case page. When the action changed the case
 * itself (not only its complaint records), the answer asks htmx to reload the whole case page.
 */
@Controller
@RequestMapping("/cases/{id}/complaint")
@PreAuthorize("hasAuthority('case.read')")
class ComplaintWebController {

  private static final String PANEL = "support/complaint/panel :: panel";
  private static final int UNPROCESSABLE = 422;
  private static final String HX_REFRESH = "HX-Refresh";

  private final ComplaintReader reader;
  private final ComplaintSteps steps;
  private final Compensations compensations;
  private final ComplaintFollowUp followUp;
  private final PreventionActions prevention;
  private final CaseAccess access;
  private final CurrentUser currentUser;
  private final IdentityApi identity;
  private final SalesApi sales;
  private final Problems problems;

  ComplaintWebController(
      ComplaintReader reader,
      ComplaintSteps steps,
      Compensations compensations,
      ComplaintFollowUp followUp,
      PreventionActions prevention,
      CaseAccess access,
      CurrentUser currentUser,
      IdentityApi identity,
      SalesApi sales,
      Problems problems) {
    this.reader = reader;
    this.steps = steps;
    this.compensations = compensations;
    this.followUp = followUp;
    this.prevention = prevention;
    this.access = access;
    this.currentUser = currentUser;
    this.identity = identity;
    this.sales = sales;
    this.problems = problems;
  }

  @GetMapping
  String panel(@PathVariable UUID id, Model model) {
    return show(id, model, List.of());
  }

  @PostMapping("/steps")
  @PreAuthorize("hasAuthority('case.write')")
  String step(
      @PathVariable UUID id,
      @RequestParam(required = false) String step,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) boolean noCompensation,
      Model model,
      HtmxRequest htmx,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return act(
        id,
        () -> steps.record(id, new RecordStep(step, note, noCompensation)),
        model,
        htmx,
        locale,
        redirect,
        response);
  }

  @PostMapping("/compensation")
  @PreAuthorize("hasAuthority('case.write')")
  String compensation(
      @PathVariable UUID id,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String amount,
      @RequestParam(required = false) String currency,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) String orderNumber,
      Model model,
      HtmxRequest htmx,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return act(
        id,
        () ->
            compensations.propose(
                id, new ProposeCompensation(type, decimal(amount), currency, note, orderNumber)),
        model,
        htmx,
        locale,
        redirect,
        response);
  }

  @PostMapping("/compensation/approval")
  String approval(
      @PathVariable UUID id,
      @RequestParam(required = false) Boolean approved,
      @RequestParam(required = false) String reason,
      Model model,
      HtmxRequest htmx,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return act(
        id,
        () -> compensations.decide(id, approved, reason, null),
        model,
        htmx,
        locale,
        redirect,
        response);
  }

  @PostMapping("/satisfaction")
  @PreAuthorize("hasAuthority('case.write')")
  String satisfaction(
      @PathVariable UUID id,
      @RequestParam(required = false) String score,
      Model model,
      HtmxRequest htmx,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return act(id, () -> followUp.rate(id, score(score)), model, htmx, locale, redirect, response);
  }

  @PostMapping("/root-cause")
  @PreAuthorize("hasAuthority('case.write')")
  String rootCause(
      @PathVariable UUID id,
      @RequestParam(required = false) String rootCauseId,
      Model model,
      HtmxRequest htmx,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return act(
        id,
        () -> prevention.rootCause(id, uuid(rootCauseId, "rootCauseId")),
        model,
        htmx,
        locale,
        redirect,
        response);
  }

  @PostMapping("/prevention-actions")
  @PreAuthorize("hasAuthority('case.write')")
  String preventionAction(
      @PathVariable UUID id,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String assigneeId,
      @RequestParam(required = false) String dueOn,
      Model model,
      HtmxRequest htmx,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return act(
        id,
        () -> prevention.add(id, title, uuid(assigneeId, "assigneeId"), day(dueOn)),
        model,
        htmx,
        locale,
        redirect,
        response);
  }

  private String act(
      UUID id,
      Runnable action,
      Model model,
      HtmxRequest htmx,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    List<String> errors;
    try {
      long before = steps.complaint(id).version();
      action.run();
      if (!htmx.isHtmxRequest()) {
        return "redirect:/cases/" + id;
      }
      if (steps.complaint(id).version() != before) {
        // the case itself changed (its first response, status, satisfaction, root cause): the
        // whole page reloads, so that its header, history and the version its forms send are
        // current — a stale version would refuse the agent's next move as someone else's change
        response.setHeader(HX_REFRESH, "true");
      }
      return show(id, model, List.of());
    } catch (BusinessRuleException e) {
      errors = e.violations().stream().map(v -> problems.message(v, locale)).toList();
      response.setStatus(UNPROCESSABLE);
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      errors = List.of(problems.messageOf("problem.stale.detail", locale));
      response.setStatus(HttpServletResponse.SC_CONFLICT);
    }
    if (!htmx.isHtmxRequest()) {
      redirect.addFlashAttribute("error", String.join(" ", errors));
      response.setStatus(HttpServletResponse.SC_FOUND);
      return "redirect:/cases/" + id;
    }
    return show(id, model, errors);
  }

  private String show(UUID id, Model model, List<String> errors) {
    SupportCase c = steps.complaint(id);
    model.addAttribute("complaint", reader.read(id));
    model.addAttribute("errors", errors);
    model.addAttribute("mayWork", access.works(c));
    model.addAttribute("mayApprove", compensations.mayApprove(c));
    model.addAttribute("caseOpen", c.status().open());
    model.addAttribute("types", Arrays.stream(CompensationType.values()).map(Enum::name).toList());
    model.addAttribute("baseCurrency", sales.baseCurrency());
    model.addAttribute("zone", identity.timeZone(currentUser.requireId()));
    model.addAttribute("today", LocalDate.now(identity.timeZone(currentUser.requireId())));
    model.addAttribute("assignees", access.works(c) ? access.possibleAssignees() : List.of());
    return PANEL;
  }

  private static BigDecimal decimal(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new BusinessRuleException("amount", "type", "complaint.amount.type");
    }
  }

  private static Integer score(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new BusinessRuleException("score", "range", "complaint.score.range");
    }
  }

  private static UUID uuid(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException(field, "unknown", "complaint." + field + ".unknown");
    }
  }

  private static LocalDate day(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException("dueOn", "range", "complaint.action.due.range");
    }
  }
}
