package io.pyra.support.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.customer.CustomerRef;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.query.Slice;
import io.pyra.support.mailbox.InboundMail;
import io.pyra.support.mailbox.InboundMailId;
import io.pyra.support.mailbox.InboundMailRow;
import io.pyra.support.mailbox.InboundMailStatus;
import io.pyra.support.mailbox.Triage;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The triage list of mail from unknown senders ({@code case.write}): one mail, discard it or hand
 * it to a customer by code; and the quarantine list with the reasons ({@code support.configure}).
 */
@Controller
class InboundMailWebController {

  private static final int PAGE_SIZE = 50;
  private static final int MAX_CODE = 40;
  private static final String TRIAGE = "redirect:/support/triage";

  private final Triage triage;
  private final Problems problems;
  private final ZoneId zone;

  InboundMailWebController(
      Triage triage, Problems problems, @Value("${pyra.time-zone:Asia/Shanghai}") String zone) {
    this.triage = triage;
    this.problems = problems;
    this.zone = ZoneId.of(zone);
  }

  @GetMapping("/support/triage")
  @PreAuthorize("hasAuthority('case.write')")
  String triage(
      @RequestParam(required = false) String cursor,
      HtmxRequest htmx,
      Model model,
      HttpServletResponse response) {
    return list(InboundMailStatus.TRIAGE, "/support/triage", cursor, htmx, model, response);
  }

  @GetMapping("/support/quarantine")
  @PreAuthorize("hasAuthority('support.configure')")
  String quarantine(
      @RequestParam(required = false) String cursor,
      HtmxRequest htmx,
      Model model,
      HttpServletResponse response) {
    return list(
        InboundMailStatus.QUARANTINED, "/support/quarantine", cursor, htmx, model, response);
  }

  private String list(
      InboundMailStatus status,
      String path,
      String cursor,
      HtmxRequest htmx,
      Model model,
      HttpServletResponse response) {
    Slice<InboundMailRow> slice;
    try {
      slice = triage.list(status, cursor, PAGE_SIZE);
    } catch (BusinessRuleException e) {
      model.addAttribute("cursorError", true);
      slice = triage.list(status, null, PAGE_SIZE);
    }
    model.addAttribute("mails", slice.items());
    model.addAttribute("status", status.name());
    model.addAttribute(
        "nextUrl", slice.nextCursor() == null ? null : path + "?cursor=" + slice.nextCursor());
    model.addAttribute("zone", zone);
    response.addHeader("Vary", "HX-Request");
    return htmx.isHtmxRequest() ? "support/mailbox/list :: results" : "support/mailbox/list";
  }

  @GetMapping("/support/triage/{id}")
  @PreAuthorize("hasAuthority('case.write')")
  String show(@PathVariable UUID id, Model model) {
    return detail(triage.get(new InboundMailId(id)), null, null, model);
  }

  @PostMapping("/support/triage/{id}/discard")
  @PreAuthorize("hasAuthority('case.write')")
  String discard(
      @PathVariable UUID id,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    InboundMailId mailId = new InboundMailId(id);
    try {
      InboundMail mail = triage.discard(mailId);
      redirect.addFlashAttribute(
          "success", problems.messageOf("mailbox.discarded", locale, subject(mail)));
      return TRIAGE;
    } catch (BusinessRuleException e) {
      response.setStatus(422);
      return detail(triage.get(mailId), null, message(e, locale), model);
    }
  }

  @PostMapping("/support/triage/{id}/assign")
  @PreAuthorize("hasAuthority('case.write')")
  String assign(
      @PathVariable UUID id,
      @RequestParam(required = false) String customerCode,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    InboundMailId mailId = new InboundMailId(id);
    String code = customerCode == null ? "" : customerCode.strip();
    try {
      if (code.isEmpty() || code.length() > MAX_CODE) {
        throw new BusinessRuleException(
            "customerCode", "required", "mailbox.assign.customerCode.invalid", MAX_CODE);
      }
      InboundMail mail = triage.get(mailId);
      CustomerRef customer = triage.assign(mailId, code);
      redirect.addFlashAttribute(
          "success",
          problems.messageOf(
              "mailbox.assigned", locale, subject(mail), customer.code(), customer.name()));
      return TRIAGE;
    } catch (BusinessRuleException e) {
      response.setStatus(422);
      return detail(
          triage.get(mailId), code.length() > MAX_CODE ? "" : code, message(e, locale), model);
    }
  }

  private String detail(InboundMail mail, String code, String error, Model model) {
    model.addAttribute("mail", mail);
    model.addAttribute("customerCode", code);
    model.addAttribute("assignError", error);
    model.addAttribute("zone", zone);
    return "support/mailbox/detail";
  }

  private String message(BusinessRuleException e, Locale locale) {
    return problems.message(e.violations().get(0), locale);
  }

  private static String subject(InboundMail mail) {
    return mail.subject() == null ? "" : mail.subject();
  }
}
