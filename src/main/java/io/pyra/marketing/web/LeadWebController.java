package io.pyra.marketing.web;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerRef;
import io.pyra.identity.IdentityApi;
import io.pyra.marketing.campaign.CampaignDirectory;
import io.pyra.marketing.campaign.CampaignFilter;
import io.pyra.marketing.lead.ConvertLead;
import io.pyra.marketing.lead.DisqualifyReason;
import io.pyra.marketing.lead.DuplicateLeadException;
import io.pyra.marketing.lead.Lead;
import io.pyra.marketing.lead.LeadAccess;
import io.pyra.marketing.lead.LeadConversion;
import io.pyra.marketing.lead.LeadDirectory;
import io.pyra.marketing.lead.LeadHistory;
import io.pyra.marketing.lead.LeadRow;
import io.pyra.marketing.lead.LeadService;
import io.pyra.marketing.lead.LeadSource;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
import io.pyra.sales.SalesApi;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * One lead's pages: the form (new and edit, carrying the version: a stale save is a 409 with the
 * conflict message; likely duplicates are shown with links to the ones the user may open and a
 * reason to save anyway), and the page with its history, the status buttons its status allows, the
 * disqualification and the conversion. A refusal shows the page again with the reasons (422) and
 * changes nothing.
 */
@Controller
@PreAuthorize("hasAuthority('lead.read')")
class LeadWebController {

  private final LeadService leads;
  private final LeadConversion conversion;
  private final LeadDirectory directory;
  private final LeadHistory history;
  private final LeadAccess access;
  private final CampaignDirectory campaigns;
  private final SalesApi sales;
  private final CustomerApi customers;
  private final IdentityApi identity;
  private final FormErrors formErrors;
  private final Problems problems;
  private final ZoneId zone;

  LeadWebController(
      LeadService leads,
      LeadConversion conversion,
      LeadDirectory directory,
      LeadHistory history,
      LeadAccess access,
      CampaignDirectory campaigns,
      SalesApi sales,
      CustomerApi customers,
      IdentityApi identity,
      FormErrors formErrors,
      Problems problems,
      @Value("${pyra.time-zone:Asia/Shanghai}") String zone) {
    this.zone = ZoneId.of(zone);
    this.leads = leads;
    this.conversion = conversion;
    this.directory = directory;
    this.history = history;
    this.access = access;
    this.campaigns = campaigns;
    this.sales = sales;
    this.customers = customers;
    this.identity = identity;
    this.formErrors = formErrors;
    this.problems = problems;
  }

  @GetMapping("/leads/new")
  @PreAuthorize("hasAuthority('lead.write')")
  String createForm(Model model) {
    LeadForm form = new LeadForm();
    form.setOwnerId(access.me());
    return edit(null, form, model);
  }

  @PostMapping("/leads")
  @PreAuthorize("hasAuthority('lead.write')")
  String create(
      @Valid @ModelAttribute("leadForm") LeadForm form,
      BindingResult binding,
      @RequestParam(required = false) String saveAnyway,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    int status = 422;
    if (!binding.hasErrors()) {
      try {
        Lead lead = leads.create(form.command(saveAnyway != null));
        redirect.addFlashAttribute(
            "success", problems.messageOf("lead.created", locale, lead.name()));
        return "redirect:/leads/" + lead.id();
      } catch (DuplicateLeadException e) {
        model.addAttribute("duplicates", e.duplicates());
        status = HttpServletResponse.SC_CONFLICT;
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      }
    }
    response.setStatus(status);
    return edit(null, form, model);
  }

  @GetMapping("/leads/{id}")
  String detail(@PathVariable UUID id, Model model) {
    return detail(row(id), model);
  }

  @GetMapping("/leads/{id}/edit")
  @PreAuthorize("hasAuthority('lead.write')")
  String editForm(@PathVariable UUID id, Model model) {
    leads.writable(id);
    LeadRow row = row(id);
    return edit(row, LeadForm.of(row), model);
  }

  @PostMapping("/leads/{id}")
  @PreAuthorize("hasAuthority('lead.write')")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("leadForm") LeadForm form,
      BindingResult binding,
      @RequestParam(required = false) String saveAnyway,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    leads.writable(id);
    int status = 422;
    if (!binding.hasErrors()) {
      try {
        long version = form.getVersion() == null ? -1 : form.getVersion();
        Lead lead = leads.update(id, version, form.command(saveAnyway != null));
        redirect.addFlashAttribute(
            "success", problems.messageOf("lead.saved", locale, lead.name()));
        return "redirect:/leads/" + id;
      } catch (DuplicateLeadException e) {
        model.addAttribute("duplicates", e.duplicates());
        status = HttpServletResponse.SC_CONFLICT;
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      } catch (StaleVersionException | OptimisticLockingFailureException e) {
        formErrors.stale(binding, locale);
        status = HttpServletResponse.SC_CONFLICT;
      }
    }
    response.setStatus(status);
    return edit(row(id), form, model);
  }

  /** A move to another status from the lead's page. */
  @PostMapping("/leads/{id}/status")
  @PreAuthorize("hasAuthority('lead.write')")
  String move(
      @PathVariable UUID id,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Long version,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      Lead lead = leads.move(id, version, status);
      redirect.addFlashAttribute(
          "success",
          problems.messageOf(
              "lead.moved",
              locale,
              lead.name(),
              problems.messageOf("lead.status." + lead.status(), locale)));
      return "redirect:/leads/" + id;
    } catch (BusinessRuleException e) {
      return refused(id, e, model, locale, response);
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      return stale(id, model, locale, response);
    }
  }

  @PostMapping("/leads/{id}/disqualification")
  @PreAuthorize("hasAuthority('lead.write')")
  String disqualify(
      @PathVariable UUID id,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) Long version,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      Lead lead = leads.disqualify(id, version, reason, note);
      redirect.addFlashAttribute(
          "success", problems.messageOf("lead.disqualified", locale, lead.name()));
      return "redirect:/leads/" + id;
    } catch (BusinessRuleException e) {
      return refused(id, e, model, locale, response);
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      return stale(id, model, locale, response);
    }
  }

  @PostMapping("/leads/{id}/conversion")
  @PreAuthorize("hasAuthority('lead.write')")
  String convert(
      @PathVariable UUID id,
      @RequestParam(required = false) String customerCode,
      @RequestParam(required = false) String opportunityTitle,
      @RequestParam(required = false) String duplicateReason,
      @RequestParam(required = false) Long version,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    leads.writable(id);
    UUID customerId = null;
    if (customerCode != null && !customerCode.isBlank()) {
      Optional<CustomerRef> customer =
          customers
              .findByCode(customerCode.strip())
              .filter(c -> customers.reaches("customer.read", c));
      if (customer.isEmpty()) {
        response.setStatus(422);
        model.addAttribute(
            "actionError", problems.messageOf("lead.convert.customer.unknown", locale));
        return detail(row(id), model);
      }
      customerId = customer.get().id().value();
    }
    try {
      Lead lead =
          conversion.convert(
              id,
              version,
              new ConvertLead(
                  customerId,
                  duplicateReason,
                  opportunityTitle == null || opportunityTitle.isBlank()
                      ? null
                      : opportunityTitle));
      redirect.addFlashAttribute(
          "success", problems.messageOf("lead.converted", locale, lead.name()));
      return "redirect:/leads/" + id;
    } catch (BusinessRuleException e) {
      return refused(id, e, model, locale, response);
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      return stale(id, model, locale, response);
    } catch (RuntimeException e) {
      // the customer module's likely-duplicates refusal (its type is internal to that module)
      if (!e.getClass().getSimpleName().equals("DuplicateCustomerException")) {
        throw e;
      }
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("actionError", problems.messageOf("lead.convert.duplicates", locale));
      return detail(row(id), model);
    }
  }

  private String refused(
      UUID id, BusinessRuleException e, Model model, Locale locale, HttpServletResponse response) {
    response.setStatus(422);
    model.addAttribute("actionError", problems.message(e.violations().get(0), locale));
    return detail(row(id), model);
  }

  private String stale(UUID id, Model model, Locale locale, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    model.addAttribute("actionError", problems.messageOf("problem.stale.detail", locale));
    return detail(row(id), model);
  }

  private String detail(LeadRow row, Model model) {
    model.addAttribute("lead", row);
    model.addAttribute("history", history.of(row.id()));
    model.addAttribute("mayChange", leads.mayChange(row.id()));
    model.addAttribute("reasons", DisqualifyReason.values());
    model.addAttribute("zone", zone);
    return "marketing/leads/detail";
  }

  private String edit(LeadRow row, LeadForm form, Model model) {
    model.addAttribute("leadForm", form);
    model.addAttribute("lead", row);
    model.addAttribute("sources", LeadSource.values());
    model.addAttribute(
        "campaigns",
        campaigns.search(CampaignFilter.none(), null, CampaignDirectory.MAX_LIMIT).items());
    model.addAttribute("interests", sales.catalogueItems());
    model.addAttribute("centres", identity.branches());
    model.addAttribute("owners", access.possibleOwners());
    model.addAttribute("orgUnits", access.possibleOrgUnits());
    return "marketing/leads/edit";
  }

  private LeadRow row(UUID id) {
    return directory
        .find(id)
        .orElseThrow(() -> new RecordNotFoundException(LeadService.RECORD_TYPE, id));
  }
}
