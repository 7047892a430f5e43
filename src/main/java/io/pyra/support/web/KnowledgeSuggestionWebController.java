package io.pyra.support.web;

import io.pyra.identity.CurrentUser;
import io.pyra.support.knowledge.ArticleSuggestion;
import io.pyra.support.knowledge.KnowledgeSuggestions;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The short list of articles the case form shows as its subject and description are typed: {@code
 * hx-get="/knowledge/suggestions"} with {@code subject} and {@code description} (a POST with the
 * same fields serves a description too long for an address). A user without {@code knowledge.read}
 * gets an empty fragment; the texts are read up to their first {@value #TEXT_MAX} characters.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class KnowledgeSuggestionWebController {

  static final int TEXT_MAX = 2000;
  static final int SHOWN = 5;

  private final KnowledgeSuggestions suggestions;
  private final CurrentUser currentUser;

  KnowledgeSuggestionWebController(KnowledgeSuggestions suggestions, CurrentUser currentUser) {
    this.suggestions = suggestions;
    this.currentUser = currentUser;
  }

  @RequestMapping(
      path = "/knowledge/suggestions",
      method = {RequestMethod.GET, RequestMethod.POST})
  String suggestions(
      @RequestParam(required = false) String subject,
      @RequestParam(required = false) String description,
      Model model,
      Locale locale) {
    List<ArticleSuggestion> found =
        currentUser.has("knowledge.read")
            ? suggestions.suggest(head(subject), head(description), locale, SHOWN)
            : List.of();
    model.addAttribute("suggestions", found);
    return "support/knowledge/suggestions :: suggestions";
  }

  private static String head(String text) {
    return text == null || text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX);
  }
}
