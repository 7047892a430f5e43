package io.pyra.marketing.web;

import io.pyra.identity.IdentityApi;
import io.pyra.marketing.campaign.Campaign;
import io.pyra.marketing.campaign.CampaignAccess;
import io.pyra.marketing.campaign.CampaignCosts;
import io.pyra.marketing.campaign.CampaignDirectory;
import io.pyra.marketing.campaign.CampaignRow;
import io.pyra.marketing.campaign.CampaignService;
import io.pyra.marketing.campaign.CostRow;
import io.pyra.marketing.campaign.Spending;
import io.pyra.marketing.channel.Channels;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
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
 * One campaign's pages: the form (new and edit, carrying the version: a stale save is a 409 with
 * the conflict message), the page with its budget against its actual costs, the status buttons the
 * status allows, and the forms that record and remove a cost. A refusal shows the page again with
 * the reasons (422) and changes nothing.
 */
@Controller
@PreAuthorize("hasAuthority('campaign.read')")
class CampaignWebController {

  private final CampaignService campaigns;
  private final CampaignCosts costs;
  private final CampaignDirectory directory;
  private final CampaignAccess access;
  private final Channels channels;
  private final IdentityApi identity;
  private final FormErrors formErrors;
  private final Problems problems;
  private final String baseCurrency;
  private final ZoneId zone;

  CampaignWebController(
      CampaignService campaigns,
      CampaignCosts costs,
      CampaignDirectory directory,
      CampaignAccess access,
      Channels channels,
      IdentityApi identity,
      FormErrors formErrors,
      Problems problems,
      @Value("${pyra.sales.base-currency:CNY}") String baseCurrency,
      @Value("${pyra.time-zone:Asia/Shanghai}") String zone) {
    this.campaigns = campaigns;
    this.costs = costs;
    this.directory = directory;
    this.access = access;
    this.channels = channels;
    this.identity = identity;
    this.formErrors = formErrors;
    this.problems = problems;
    this.baseCurrency = baseCurrency;
    this.zone = ZoneId.of(zone);
  }

  @GetMapping("/campaigns/new")
  @PreAuthorize("hasAuthority('campaign.write')")
  String createForm(Model model) {
    CampaignForm form = new CampaignForm();
    form.setOwnerId(access.me());
    form.setBudgetCurrency(baseCurrency);
    form.setStartsOn(LocalDate.now(zone));
    return edit(null, form, model);
  }

  @PostMapping("/campaigns")
  @PreAuthorize("hasAuthority('campaign.write')")
  String create(
      @Valid @ModelAttribute("campaignForm") CampaignForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    if (!binding.hasErrors()) {
      try {
        Campaign campaign = campaigns.create(form.command());
        redirect.addFlashAttribute(
            "success", problems.messageOf("campaign.created", locale, campaign.name()));
        return "redirect:/campaigns/" + campaign.id();
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      }
    }
    response.setStatus(422);
    return edit(null, form, model);
  }

  @GetMapping("/campaigns/{id}")
  String detail(@PathVariable UUID id, Model model) {
    return detail(row(id), new CostForm(), model);
  }

  @GetMapping("/campaigns/{id}/edit")
  @PreAuthorize("hasAuthority('campaign.write')")
  String editForm(@PathVariable UUID id, Model model) {
    campaigns.writable(id);
    CampaignRow row = row(id);
    return edit(row, CampaignForm.of(row), model);
  }

  @PostMapping("/campaigns/{id}")
  @PreAuthorize("hasAuthority('campaign.write')")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("campaignForm") CampaignForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    campaigns.writable(id);
    int status = 422;
    if (!binding.hasErrors()) {
      try {
        long version = form.getVersion() == null ? -1 : form.getVersion();
        Campaign campaign = campaigns.update(id, version, form.command());
        redirect.addFlashAttribute(
            "success", problems.messageOf("campaign.saved", locale, campaign.name()));
        return "redirect:/campaigns/" + id;
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

  /** A move to another status from the campaign's page. */
  @PostMapping("/campaigns/{id}/status")
  @PreAuthorize("hasAuthority('campaign.write')")
  String move(
      @PathVariable UUID id,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Long version,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      Campaign campaign = campaigns.move(id, version, status);
      redirect.addFlashAttribute(
          "success",
          problems.messageOf(
              "campaign.moved",
              locale,
              campaign.name(),
              problems.messageOf("campaign.status." + campaign.status(), locale)));
      return "redirect:/campaigns/" + id;
    } catch (BusinessRuleException e) {
      response.setStatus(422);
      model.addAttribute("statusError", problems.message(e.violations().get(0), locale));
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("statusError", problems.messageOf("problem.stale.detail", locale));
    }
    return detail(row(id), new CostForm(), model);
  }

  @PostMapping("/campaigns/{id}/costs")
  @PreAuthorize("hasAuthority('campaign.write')")
  String addCost(
      @PathVariable UUID id,
      @Valid @ModelAttribute("costForm") CostForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    campaigns.writable(id);
    if (!binding.hasErrors()) {
      try {
        costs.spend(id, form.command());
        redirect.addFlashAttribute("success", problems.messageOf("campaign.cost.added", locale));
        return "redirect:/campaigns/" + id + "#costs";
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      }
    }
    response.setStatus(422);
    return detail(row(id), form, model);
  }

  @PostMapping("/campaigns/{id}/costs/{costId}/delete")
  @PreAuthorize("hasAuthority('campaign.write')")
  String removeCost(
      @PathVariable UUID id,
      @PathVariable UUID costId,
      Locale locale,
      RedirectAttributes redirect) {
    costs.removeCost(id, costId);
    redirect.addFlashAttribute("success", problems.messageOf("campaign.cost.removed", locale));
    return "redirect:/campaigns/" + id + "#costs";
  }

  private String detail(CampaignRow row, CostForm costForm, Model model) {
    List<CostRow> costs = directory.costs(row.id());
    if (costForm.getCurrency() == null && costForm.getSpentOn() == null) {
      costForm.setCurrency(row.budgetCurrency());
      costForm.setSpentOn(LocalDate.now(zone));
    }
    model.addAttribute("campaign", row);
    model.addAttribute("costs", costs);
    model.addAttribute("spending", Spending.of(row.budgetAmount(), row.budgetCurrency(), costs));
    model.addAttribute("costForm", costForm);
    model.addAttribute("mayChange", campaigns.mayChange(row.id()));
    model.addAttribute("maxCosts", Campaign.MAX_COSTS);
    return "marketing/campaigns/detail";
  }

  private String edit(CampaignRow row, CampaignForm form, Model model) {
    model.addAttribute("campaignForm", form);
    model.addAttribute("campaign", row);
    model.addAttribute("owners", access.possibleOwners());
    model.addAttribute("channels", channels.active());
    model.addAttribute("orgUnits", access.possibleOrgUnits());
    model.addAttribute("audienceUnits", identity.orgUnits());
    return "marketing/campaigns/edit";
  }

  private CampaignRow row(UUID id) {
    return directory
        .find(id)
        .orElseThrow(() -> new RecordNotFoundException(CampaignService.RECORD_TYPE, id));
  }
}
