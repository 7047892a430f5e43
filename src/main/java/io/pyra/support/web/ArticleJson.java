package io.pyra.support.web;

import io.pyra.support.knowledge.Article;
import io.pyra.support.knowledge.ArticleCategory;
import io.pyra.support.knowledge.ArticleMarkdown;
import io.pyra.support.knowledge.ArticleStatus;
import io.pyra.support.knowledge.Audience;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An article as the API shows it, with its body as Markdown and as safe HTML. */
record ArticleJson(
    UUID id,
    String title,
    @Schema(description = "Markdown") String body,
    @Schema(description = "the body as HTML: raw HTML escaped, only http, https and mailto links")
        String html,
    @Schema(description = "the category's code; null: none") String category,
    List<String> tags,
    @Schema(description = "en or zh-CN") String language,
    Audience audience,
    ArticleStatus status,
    UUID authorId,
    @Schema(description = "how many cases the article is linked to") long linkedCases,
    Instant createdAt,
    Instant updatedAt,
    Instant publishedAt,
    long version) {

  static ArticleJson of(Article a, ArticleCategory category, long linkedCases) {
    return new ArticleJson(
        a.id(),
        a.title(),
        a.body(),
        ArticleMarkdown.html(a.body()),
        category == null ? null : category.code(),
        a.tags(),
        a.language(),
        a.audience(),
        a.status(),
        a.authorId(),
        linkedCases,
        a.createdAt(),
        a.updatedAt(),
        a.publishedAt(),
        a.version());
  }
}
