package io.pyra.marketing.web;

import io.pyra.marketing.campaign.CampaignDirectory;
import io.pyra.marketing.campaign.CampaignFilter;
import io.pyra.marketing.mailing.AudienceRow;
import io.pyra.marketing.mailing.SavedAudiences;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
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
 * SavedAudiences as pages: the list (by name, paged), and the form that saves a customer filter
 * (the query of a {@code /customers} page, or the whole address pasted) and/or a campaign's leads.
 */
@Controller
@PreAuthorize("hasAuthority('campaign.read')")
class MailingAudienceWebController {

  private static final int PAGE_SIZE = 50;

  private final SavedAudiences audiences;
  private final CampaignDirectory campaigns;
  private final FormErrors formErrors;
  private final Problems problems;

  MailingAudienceWebController(
      SavedAudiences audiences,
      CampaignDirectory campaigns,
      FormErrors formErrors,
      Problems problems) {
    this.audiences = audiences;
    this.campaigns = campaigns;
    this.formErrors = formErrors;
    this.problems = problems;
  }

  @GetMapping("/audiences")
  String list(@RequestParam(required = false) String cursor, Model model) {
    Slice<AudienceRow> slice = audiences.list(cursor, PAGE_SIZE);
    model.addAttribute("audiences", slice.items());
    model.addAttribute(
        "nextUrl", slice.nextCursor() == null ? null : "/audiences?cursor=" + slice.nextCursor());
    model.addAttribute("firstUrl", cursor == null ? null : "/audiences");
    return "marketing/audiences/list";
  }

  @GetMapping("/audiences/new")
  @PreAuthorize("hasAuthority('campaign.write')")
  String createForm(@RequestParam(required = false) String filter, Model model) {
    MailingAudienceForm form = new MailingAudienceForm();
    form.setFilterQuery(filter);
    return edit(null, form, model);
  }

  @PostMapping("/audiences")
  @PreAuthorize("hasAuthority('campaign.write')")
  String create(
      @Valid @ModelAttribute("audienceForm") MailingAudienceForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    if (!binding.hasErrors()) {
      try {
        AudienceRow audience = audiences.create(form.command());
        redirect.addFlashAttribute(
            "success", problems.messageOf("audience.saved", locale, audience.name()));
        return "redirect:/audiences";
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      }
    }
    response.setStatus(422);
    return edit(null, form, model);
  }

  @GetMapping("/audiences/{id}/edit")
  @PreAuthorize("hasAuthority('campaign.write')")
  String editForm(@PathVariable UUID id, Model model) {
    AudienceRow audience = audiences.writable(id);
    return edit(audience, MailingAudienceForm.of(audience), model);
  }

  @PostMapping("/audiences/{id}")
  @PreAuthorize("hasAuthority('campaign.write')")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("audienceForm") MailingAudienceForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    AudienceRow audience = audiences.writable(id);
    int status = 422;
    if (!binding.hasErrors()) {
      try {
        long version = form.getVersion() == null ? -1 : form.getVersion();
        AudienceRow saved = audiences.update(id, version, form.command());
        redirect.addFlashAttribute(
            "success", problems.messageOf("audience.saved", locale, saved.name()));
        return "redirect:/audiences";
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      } catch (StaleVersionException e) {
        formErrors.stale(binding, locale);
        status = 409;
      }
    }
    response.setStatus(status);
    return edit(audience, form, model);
  }

  private String edit(AudienceRow audience, MailingAudienceForm form, Model model) {
    model.addAttribute("audience", audience);
    model.addAttribute("audienceForm", form);
    model.addAttribute("campaigns", campaigns.search(CampaignFilter.none(), null, 200).items());
    return "marketing/audiences/edit";
  }
}
