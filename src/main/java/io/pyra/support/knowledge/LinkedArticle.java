package io.pyra.support.knowledge;

import io.pyra.identity.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * An article linked to a case: the article's id, title, language and status, who linked it when.
 */
public record LinkedArticle(
    UUID articleId,
    String title,
    String language,
    ArticleStatus status,
    UserId linkedBy,
    Instant linkedAt) {

  /** The article's page. */
  public String path() {
    return "/knowledge/" + articleId;
  }
}
