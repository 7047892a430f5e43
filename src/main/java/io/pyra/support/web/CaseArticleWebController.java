package io.pyra.support.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.support.cases.CaseAccess;
import io.pyra.support.cases.CaseService;
import io.pyra.support.knowledge.CaseArticles;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The case page's knowledge panel: the linked articles (unlink) and the suggested ones (link). Each
 * form posts with htmx and gets the panel back; without htmx it redirects to the case page.
 */
@Controller
@RequestMapping("/cases/{id}/articles")
@PreAuthorize("hasAuthority('case.read')")
class CaseArticleWebController {

  private static final String PANEL = "support/knowledge/case-panel :: panel";
  private static final int UNPROCESSABLE = 422;
  private static final String KNOWLEDGE_READ = "knowledge.read";

  private final CaseArticles articles;
  private final CaseService cases;
  private final CaseAccess access;
  private final Problems problems;

  CaseArticleWebController(
      CaseArticles articles, CaseService cases, CaseAccess access, Problems problems) {
    this.articles = articles;
    this.cases = cases;
    this.access = access;
    this.problems = problems;
  }

  @GetMapping
  String panel(@PathVariable UUID id, Model model, Locale locale) {
    return show(id, model, locale, List.of());
  }

  @PostMapping("/{articleId}")
  @PreAuthorize("hasAuthority('case.write') and hasAuthority('knowledge.read')")
  String link(
      @PathVariable UUID id,
      @PathVariable UUID articleId,
      Model model,
      Locale locale,
      HtmxRequest htmx,
      HttpServletResponse response) {
    return act(id, () -> articles.link(id, articleId), model, locale, htmx, response);
  }

  @PostMapping("/{articleId}/unlink")
  @PreAuthorize("hasAuthority('case.write')")
  String unlink(
      @PathVariable UUID id,
      @PathVariable UUID articleId,
      Model model,
      Locale locale,
      HtmxRequest htmx,
      HttpServletResponse response) {
    return act(id, () -> articles.unlink(id, articleId), model, locale, htmx, response);
  }

  private String act(
      UUID id,
      Runnable action,
      Model model,
      Locale locale,
      HtmxRequest htmx,
      HttpServletResponse response) {
    List<String> errors = List.of();
    try {
      action.run();
    } catch (BusinessRuleException e) {
      errors = e.violations().stream().map(v -> problems.message(v, locale)).toList();
      response.setStatus(UNPROCESSABLE);
    }
    if (!htmx.isHtmxRequest() && errors.isEmpty()) {
      return "redirect:/cases/" + id;
    }
    return show(id, model, locale, errors);
  }

  private String show(UUID id, Model model, Locale locale, List<String> errors) {
    boolean works = access.works(cases.get(id));
    boolean readsKnowledge = access.has(KNOWLEDGE_READ);
    model.addAttribute("caseId", id);
    model.addAttribute("linked", articles.linked(id));
    model.addAttribute("suggested", readsKnowledge ? articles.suggested(id, locale) : List.of());
    model.addAttribute("mayLink", works && readsKnowledge);
    model.addAttribute("mayUnlink", works);
    model.addAttribute("readsKnowledge", readsKnowledge);
    model.addAttribute("errors", errors);
    return PANEL;
  }
}
