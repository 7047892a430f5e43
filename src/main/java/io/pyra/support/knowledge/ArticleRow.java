package io.pyra.support.knowledge;

import io.pyra.platform.LocalizedName;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An article in a list: its head, the start of its body as plain text, and how well it matched the
 * search ({@code 0} when the list was not a search).
 */
public record ArticleRow(
    UUID id,
    String title,
    String excerpt,
    String categoryCode,
    LocalizedName categoryName,
    List<String> tags,
    String language,
    Audience audience,
    ArticleStatus status,
    UUID authorId,
    Instant updatedAt,
    long version,
    long score) {

  public String categoryName(Locale locale) {
    return categoryName == null ? null : categoryName.in(locale);
  }
}
