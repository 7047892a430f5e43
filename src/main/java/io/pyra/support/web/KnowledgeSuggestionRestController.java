package io.pyra.support.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.support.knowledge.ArticleSuggestion;
import io.pyra.support.knowledge.Audience;
import io.pyra.support.knowledge.KnowledgeSuggestions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published articles like a text (a case's subject and description), for {@code knowledge.read}.
 */
@Tag(name = "Knowledge base")
@RestController
@RequestMapping("/api/v1/knowledge/suggestions")
class KnowledgeSuggestionRestController {

  static final int TEXT_MAX = 2000;

  record SuggestionJson(UUID id, String title, String language, Audience audience, long score) {

    static SuggestionJson of(ArticleSuggestion s) {
      return new SuggestionJson(s.id(), s.title(), s.language(), s.audience(), s.score());
    }
  }

  private final KnowledgeSuggestions suggestions;

  KnowledgeSuggestionRestController(KnowledgeSuggestions suggestions) {
    this.suggestions = suggestions;
  }

  @Operation(
      summary =
          "Published articles sharing the most words with the text (at most 2,000 characters),"
              + " those in the caller's language (Accept-Language) first; limit 1 to 20 (5 when"
              + " left out)")
  @GetMapping
  @PreAuthorize("hasAuthority('knowledge.read')")
  List<SuggestionJson> suggest(
      @RequestParam(required = false) String text,
      @RequestParam(defaultValue = "5") int limit,
      Locale locale) {
    if (text != null && text.length() > TEXT_MAX) {
      throw new BusinessRuleException("text", "max-length", "knowledge.text.max-length", TEXT_MAX);
    }
    return suggestions
        .suggest(text, null, locale, Math.clamp(limit, 1, KnowledgeSuggestions.MAX_LIMIT))
        .stream()
        .map(SuggestionJson::of)
        .toList();
  }
}
