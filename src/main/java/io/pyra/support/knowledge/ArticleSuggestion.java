package io.pyra.support.knowledge;

import java.util.UUID;

/**
 * A published article offered for a case: its id (its page is {@code /knowledge/{id}}), title,
 * language, audience and how much it shares with the case's text (higher is closer).
 */
public record ArticleSuggestion(
    UUID id, String title, String language, Audience audience, long score) {

  /** The article's page. */
  public String path() {
    return "/knowledge/" + id;
  }
}
