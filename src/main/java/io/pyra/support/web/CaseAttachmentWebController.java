package io.pyra.support.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.support.cases.CaseAccess;
import io.pyra.support.cases.CaseAttachments;
import io.pyra.support.cases.CaseService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page's files panel: the list with downloads, an upload form and remove buttons where the
 * case is worked. With htmx each form gets the panel back (422 with the refusal); without it, the
 * case page again, a refusal shown there.
 */
@Controller
@RequestMapping("/cases/{id}/attachments")
@PreAuthorize("hasAuthority('case.read')")
class CaseAttachmentWebController {

  private static final String PANEL = "support/cases/attachments :: panel";
  private static final int UNPROCESSABLE = 422;

  private final CaseAttachments attachments;
  private final CaseService cases;
  private final CaseAccess access;
  private final Problems problems;

  CaseAttachmentWebController(
      CaseAttachments attachments, CaseService cases, CaseAccess access, Problems problems) {
    this.attachments = attachments;
    this.cases = cases;
    this.access = access;
    this.problems = problems;
  }

  @GetMapping
  String panel(@PathVariable UUID id, Model model) {
    return show(id, model, List.of());
  }

  @GetMapping("/{attachmentId}")
  ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
    return CaseAttachmentDownloads.of(attachments, id, attachmentId);
  }

  @PostMapping
  @PreAuthorize("hasAuthority('case.write')")
  String attach(
      @PathVariable UUID id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      Locale locale,
      HtmxRequest htmx,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return act(
        id,
        () -> attachments.attach(id, CaseAttachmentRestController.upload(file)),
        model,
        locale,
        htmx,
        redirect,
        response);
  }

  @PostMapping("/{attachmentId}/delete")
  @PreAuthorize("hasAuthority('case.write')")
  String remove(
      @PathVariable UUID id,
      @PathVariable UUID attachmentId,
      Model model,
      Locale locale,
      HtmxRequest htmx,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return act(
        id, () -> attachments.remove(id, attachmentId), model, locale, htmx, redirect, response);
  }

  private String act(
      UUID id,
      Runnable action,
      Model model,
      Locale locale,
      HtmxRequest htmx,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    List<String> errors = List.of();
    try {
      action.run();
    } catch (BusinessRuleException e) {
      errors = e.violations().stream().map(v -> problems.message(v, locale)).toList();
    }
    if (!htmx.isHtmxRequest()) {
      if (!errors.isEmpty()) {
        redirect.addFlashAttribute("actionError", String.join(" ", errors));
      }
      return "redirect:/cases/" + id;
    }
    if (!errors.isEmpty()) {
      response.setStatus(UNPROCESSABLE);
    }
    return show(id, model, errors);
  }

  private String show(UUID id, Model model, List<String> errors) {
    boolean works = access.works(cases.get(id));
    model.addAttribute("caseId", id);
    model.addAttribute("attachments", attachments.of(id));
    model.addAttribute("mayAttach", works);
    model.addAttribute("maxFiles", CaseAttachments.MAX_PER_CASE);
    model.addAttribute("maxMegabytes", CaseAttachments.MAX_BYTES / (1024 * 1024));
    model.addAttribute("errors", errors);
    return PANEL;
  }
}
