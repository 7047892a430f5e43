package io.pyra.marketing.web;

import io.pyra.marketing.campaign.CampaignDirectory;
import io.pyra.marketing.campaign.CampaignFilter;
import io.pyra.marketing.mailing.CampaignAudiences;
import io.pyra.marketing.mailing.CampaignCounters;
import io.pyra.marketing.mailing.MailingAccess;
import io.pyra.marketing.mailing.MailingChannel;
import io.pyra.marketing.mailing.MailingEdits;
import io.pyra.marketing.mailing.MailingLog;
import io.pyra.marketing.mailing.MailingNotDraftException;
import io.pyra.marketing.mailing.MailingRow;
import io.pyra.marketing.mailing.MailingStart;
import io.pyra.marketing.mailing.MailingStatus;
import io.pyra.marketing.mailing.Mailings;
import io.pyra.marketing.mailing.RecipientRow;
import io.pyra.marketing.mailing.SavedAudiences;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
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
 * Mailings as pages: the latest ones, the form of a new one and of a draft (a stale save, or a
 * mailing started meanwhile, is a 409 with the reason), and a mailing's page: before the start the
 * preview of who will receive it and who is skipped and why, with the button that starts it;
 * afterwards its progress, its campaign's counters and the per-recipient log (paged).
 */
@Controller
@PreAuthorize("hasAuthority('campaign.read')")
class MailingWebController {

  private static final int LOG_PAGE = 50;

  private final Mailings mailings;
  private final MailingEdits edits;
  private final MailingStart start;
  private final MailingLog log;
  private final SavedAudiences audiences;
  private final CampaignDirectory campaigns;
  private final CampaignCounters counters;
  private final MailingAccess access;
  private final FormErrors formErrors;
  private final Problems problems;
  private final CampaignAudiences targets;

  MailingWebController(
      Mailings mailings,
      MailingEdits edits,
      MailingStart start,
      MailingLog log,
      SavedAudiences audiences,
      CampaignDirectory campaigns,
      CampaignCounters counters,
      MailingAccess access,
      FormErrors formErrors,
      Problems problems,
      CampaignAudiences targets) {
    this.targets = targets;
    this.mailings = mailings;
    this.edits = edits;
    this.start = start;
    this.log = log;
    this.audiences = audiences;
    this.campaigns = campaigns;
    this.counters = counters;
    this.access = access;
    this.formErrors = formErrors;
    this.problems = problems;
  }

  @GetMapping("/mailings")
  String list(Model model) {
    model.addAttribute("mailings", mailings.latest(100));
    return "marketing/mailings/list";
  }

  @GetMapping("/mailings/new")
  @PreAuthorize("hasAuthority('mailing.send')")
  String createForm(@RequestParam(required = false) UUID campaignId, Model model) {
    MailingForm form = new MailingForm();
    form.setCampaignId(campaignId);
    if (campaignId != null) {
      targets.of(campaignId).ifPresent(target -> form.setAudienceId(target.id()));
    }
    return edit(null, form, model);
  }

  @PostMapping("/mailings")
  @PreAuthorize("hasAuthority('mailing.send')")
  String create(
      @Valid @ModelAttribute("mailingForm") MailingForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    if (!binding.hasErrors()) {
      try {
        return "redirect:/mailings/" + mailings.create(form.command()).id();
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      }
    }
    response.setStatus(422);
    return edit(null, form, model);
  }

  @GetMapping("/mailings/{id}/edit")
  @PreAuthorize("hasAuthority('mailing.send')")
  String editForm(@PathVariable UUID id, Model model, Locale locale, RedirectAttributes redirect) {
    try {
      MailingRow mailing = edits.editable(id);
      return edit(mailing, MailingForm.of(mailing), model);
    } catch (MailingNotDraftException e) {
      redirect.addFlashAttribute("error", problems.message(e.violations().getFirst(), locale));
      return "redirect:/mailings/" + id;
    }
  }

  @PostMapping("/mailings/{id}")
  @PreAuthorize("hasAuthority('mailing.send')")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("mailingForm") MailingForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    MailingRow mailing = mailings.sendable(id);
    int status = 422;
    if (!binding.hasErrors()) {
      try {
        long version = form.getVersion() == null ? -1 : form.getVersion();
        edits.update(id, version, form.command());
        redirect.addFlashAttribute("success", problems.messageOf("mailing.saved", locale));
        return "redirect:/mailings/" + id;
      } catch (MailingNotDraftException e) {
        formErrors.bind(e, binding, locale);
        status = HttpServletResponse.SC_CONFLICT;
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      } catch (StaleVersionException e) {
        formErrors.stale(binding, locale);
        status = HttpServletResponse.SC_CONFLICT;
      }
    }
    response.setStatus(status);
    return edit(mailing, form, model);
  }

  @GetMapping("/mailings/{id}")
  String detail(@PathVariable UUID id, @RequestParam(required = false) String cursor, Model model) {
    MailingRow mailing = mailings.get(id);
    boolean draft = mailing.status() == MailingStatus.DRAFT;
    model.addAttribute("mailing", mailing);
    model.addAttribute("counts", draft ? mailings.preview(mailing) : mailings.counts(id));
    model.addAttribute("draft", draft);
    model.addAttribute(
        "mayCancel",
        mailing.status() == MailingStatus.DRAFT || mailing.status() == MailingStatus.SENDING);
    model.addAttribute("maySend", access.has(MailingAccess.SEND));
    model.addAttribute("campaignCounts", counters.of(mailing.campaignId()));
    if (!draft) {
      Slice<RecipientRow> slice = log.recipients(id, null, cursor, LOG_PAGE);
      model.addAttribute("recipients", slice.items());
      model.addAttribute(
          "nextUrl",
          slice.nextCursor() == null ? null : "/mailings/" + id + "?cursor=" + slice.nextCursor());
      model.addAttribute("firstUrl", cursor == null ? null : "/mailings/" + id);
    }
    return "marketing/mailings/detail";
  }

  @PostMapping("/mailings/{id}/sending")
  @PreAuthorize("hasAuthority('mailing.send')")
  String send(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
    try {
      start.start(id);
      redirect.addFlashAttribute("success", problems.messageOf("mailing.started", locale));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("error", problems.message(e.violations().getFirst(), locale));
    }
    return "redirect:/mailings/" + id;
  }

  @PostMapping("/mailings/{id}/cancellation")
  @PreAuthorize("hasAuthority('mailing.send')")
  String cancel(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
    try {
      start.cancel(id);
      redirect.addFlashAttribute("success", problems.messageOf("mailing.cancelled", locale));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("error", problems.message(e.violations().getFirst(), locale));
    }
    return "redirect:/mailings/" + id;
  }

  @GetMapping("/campaigns/{id}/target-audience")
  String targetAudience(@PathVariable UUID id, Model model) {
    model.addAttribute(
        "campaign",
        campaigns.find(id).orElseThrow(() -> new RecordNotFoundException("campaign", id)));
    model.addAttribute("target", targets.of(id).orElse(null));
    model.addAttribute("audiences", audiences.list(null, SavedAudiences.MAX_LIMIT).items());
    return "marketing/mailings/target";
  }

  @PostMapping("/campaigns/{id}/target-audience")
  @PreAuthorize("hasAuthority('campaign.write')")
  String chooseTargetAudience(
      @PathVariable UUID id,
      @RequestParam(required = false) UUID audienceId,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      targets.choose(id, audienceId);
      redirect.addFlashAttribute("success", problems.messageOf("mailing.target.saved", locale));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("error", problems.message(e.violations().getFirst(), locale));
    }
    return "redirect:/campaigns/" + id + "/target-audience";
  }

  private String edit(MailingRow mailing, MailingForm form, Model model) {
    model.addAttribute("mailing", mailing);
    model.addAttribute("mailingForm", form);
    model.addAttribute("campaigns", campaigns.search(CampaignFilter.none(), null, 200).items());
    model.addAttribute("audiences", audiences.list(null, SavedAudiences.MAX_LIMIT).items());
    model.addAttribute("channels", MailingChannel.values());
    return "marketing/mailings/edit";
  }
}
