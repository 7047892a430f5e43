package io.pyra.support.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserId;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.query.Slice;
import io.pyra.platform.taxonomy.TermPages;
import io.pyra.support.knowledge.Article;
import io.pyra.support.knowledge.ArticleCategory;
import io.pyra.support.knowledge.ArticleFilter;
import io.pyra.support.knowledge.ArticleLanguages;
import io.pyra.support.knowledge.ArticleRow;
import io.pyra.support.knowledge.ArticleSearch;
import io.pyra.support.knowledge.Articles;
import io.pyra.support.knowledge.KnowledgeLinks;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The knowledge base's pages: the search and list (the results alone for htmx), an article
 * rendered, and the form to write or change one; publishing and deleting from the article's page.
 * Readers ({@code knowledge.read}) see published articles; writers ({@code knowledge.write}) drafts
 * too.
 */
@Controller
@RequestMapping("/knowledge")
@PreAuthorize("hasAuthority('knowledge.write')")
class ArticleWebController {

  private static final String LIST = "/knowledge";
  private static final int PAGE_SIZE = 20;
  private static final int UNPROCESSABLE = 422;

  private final Articles articles;
  private final ArticleSearch search;
  private final KnowledgeLinks links;
  private final KnowledgeOptions options;
  private final CurrentUser currentUser;
  private final IdentityApi identity;
  private final TermPages pages;
  private final Problems problems;

  ArticleWebController(
      Articles articles,
      ArticleSearch search,
      KnowledgeLinks links,
      KnowledgeOptions options,
      CurrentUser currentUser,
      IdentityApi identity,
      TermPages pages,
      Problems problems) {
    this.articles = articles;
    this.search = search;
    this.links = links;
    this.options = options;
    this.currentUser = currentUser;
    this.identity = identity;
    this.pages = pages;
    this.problems = problems;
  }

  @GetMapping
  @PreAuthorize("hasAuthority('knowledge.read') or hasAuthority('knowledge.write')")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String tag,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String cursor,
      HtmxRequest htmx,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    ArticleFilter filter = new ArticleFilter(q, category, tag, language, null, status);
    Slice<ArticleRow> slice = Slice.empty();
    try {
      slice = search.search(filter, drafts(), cursor, PAGE_SIZE);
    } catch (BusinessRuleException e) {
      model.addAttribute("filterError", problems.message(e.violations().getFirst(), locale));
      response.setStatus(UNPROCESSABLE);
    }
    model.addAttribute("filter", filter);
    model.addAttribute("articles", slice.items());
    model.addAttribute(
        "nextUrl", slice.nextCursor() == null ? null : listUrl(filter, slice.nextCursor()));
    model.addAttribute("firstUrl", cursor == null ? null : listUrl(filter, null));
    response.addHeader("Vary", "HX-Request");
    if (htmx.isHtmxRequest()) {
      return "support/knowledge/list :: results";
    }
    model.addAttribute("categoryOptions", options.categories(locale));
    model.addAttribute("languageOptions", options.languages(locale));
    model.addAttribute("statusOptions", options.statuses(locale));
    return "support/knowledge/list";
  }

  @GetMapping("/{id}")
  @PreAuthorize("hasAuthority('knowledge.read') or hasAuthority('knowledge.write')")
  String detail(@PathVariable UUID id, Model model, Locale locale) {
    Article article = articles.readable(id, drafts());
    model.addAttribute("article", article);
    model.addAttribute(
        "categoryName", articles.categoryOf(article).map(c -> c.name(locale)).orElse(null));
    model.addAttribute("languageName", options.language(article.language(), locale));
    UserId author = new UserId(article.authorId());
    model.addAttribute(
        "authorName", identity.displayNames(List.of(author)).getOrDefault(author, ""));
    model.addAttribute("linkedCases", links.casesOf(id));
    model.addAttribute(
        "updatedAt", article.updatedAt().atZone(identity.timeZone(currentUser.requireId())));
    return "support/knowledge/detail";
  }

  @GetMapping("/new")
  String createForm(Model model, Locale locale) {
    ArticleForm form = new ArticleForm();
    form.setLanguage(ArticleLanguages.of(locale));
    return edit(form, null, model, locale);
  }

  @PostMapping("/new")
  String create(
      @ModelAttribute("articleForm") ArticleForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    response.setStatus(UNPROCESSABLE);
    return pages.save(
        result,
        locale,
        response,
        () -> {
          Article article = articles.create(form.command(), currentUser.requireId());
          response.setStatus(HttpServletResponse.SC_OK);
          redirect.addFlashAttribute(
              "success", problems.messageOf("knowledge.saved", locale, article.title()));
          return "redirect:/knowledge/" + article.id();
        },
        () -> edit(form, null, model, locale));
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable UUID id, Model model, Locale locale) {
    Article article = articles.get(id);
    String category = articles.categoryOf(article).map(ArticleCategory::code).orElse(null);
    return edit(ArticleForm.of(article, category), article, model, locale);
  }

  @PostMapping("/{id}/edit")
  String update(
      @PathVariable UUID id,
      @ModelAttribute("articleForm") ArticleForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Article article = articles.get(id);
    response.setStatus(UNPROCESSABLE);
    return pages.save(
        result,
        locale,
        response,
        () -> {
          Article saved = articles.update(id, form.command());
          response.setStatus(HttpServletResponse.SC_OK);
          redirect.addFlashAttribute(
              "success", problems.messageOf("knowledge.saved", locale, saved.title()));
          return "redirect:/knowledge/" + id;
        },
        () -> edit(form, article, model, locale));
  }

  @PostMapping("/{id}/publication")
  String publish(
      @PathVariable UUID id,
      @RequestParam(required = false) Long version,
      Locale locale,
      RedirectAttributes redirect) {
    Article article = articles.get(id);
    try {
      articles.publish(id, version);
      redirect.addFlashAttribute(
          "success", problems.messageOf("knowledge.published", locale, article.title()));
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", problems.messageOf("problem.stale.detail", locale));
    }
    return "redirect:/knowledge/" + id;
  }

  @PostMapping("/{id}/delete")
  String delete(
      @PathVariable UUID id,
      @RequestParam(required = false) Long version,
      Locale locale,
      RedirectAttributes redirect) {
    Article article = articles.get(id);
    try {
      articles.delete(id, version);
      redirect.addFlashAttribute(
          "success", problems.messageOf("knowledge.deleted", locale, article.title()));
      return "redirect:" + LIST;
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", problems.messageOf("problem.stale.detail", locale));
      return "redirect:/knowledge/" + id;
    }
  }

  private String edit(ArticleForm form, Article article, Model model, Locale locale) {
    model.addAttribute("articleForm", form);
    model.addAttribute("article", article);
    model.addAttribute("categoryOptions", options.categories(locale));
    model.addAttribute("languageOptions", options.languages(locale));
    model.addAttribute("audienceOptions", options.audiences(locale));
    return "support/knowledge/edit";
  }

  private boolean drafts() {
    return currentUser.has(ArticleRestController.WRITE);
  }

  private static String listUrl(ArticleFilter filter, String cursor) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath(LIST);
    param(url, "q", filter.q());
    param(url, "category", filter.category());
    param(url, "tag", filter.tag());
    param(url, "language", filter.language());
    param(url, "status", filter.status());
    param(url, "cursor", cursor);
    return url.encode().build().toUriString();
  }

  private static void param(UriComponentsBuilder url, String name, String value) {
    if (value != null) {
      url.queryParam(name, value);
    }
  }
}
