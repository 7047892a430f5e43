package io.pyra.support.web;

import io.pyra.identity.CurrentUser;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.ETags;
import io.pyra.support.knowledge.Article;
import io.pyra.support.knowledge.ArticleFilter;
import io.pyra.support.knowledge.ArticleRow;
import io.pyra.support.knowledge.ArticleSearch;
import io.pyra.support.knowledge.ArticleStatus;
import io.pyra.support.knowledge.Articles;
import io.pyra.support.knowledge.Audience;
import io.pyra.support.knowledge.KnowledgeLinks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The knowledge-base articles over HTTP. Reading needs {@code knowledge.read} (published articles
 * only) or {@code knowledge.write} (drafts too); writing and publishing {@code knowledge.write}. A
 * replacement or deletion names the version it was made on in {@code If-Match}.
 */
@Tag(name = "Knowledge base")
@RestController
@RequestMapping("/api/v1/knowledge/articles")
class ArticleRestController {

  static final String WRITE = "knowledge.write";

  record ArticleListItem(
      UUID id,
      String title,
      @Schema(description = "the start of the body as plain text") String excerpt,
      String category,
      List<String> tags,
      String language,
      Audience audience,
      ArticleStatus status,
      Instant updatedAt,
      @Schema(description = "how well it matched q (0 without q)") long score,
      long version) {

    static ArticleListItem of(ArticleRow r) {
      return new ArticleListItem(
          r.id(),
          r.title(),
          r.excerpt(),
          r.categoryCode(),
          r.tags(),
          r.language(),
          r.audience(),
          r.status(),
          r.updatedAt(),
          r.score(),
          r.version());
    }
  }

  record ArticleListResponse(List<ArticleListItem> items, String nextCursor) {}

  private final Articles articles;
  private final ArticleSearch search;
  private final KnowledgeLinks links;
  private final CurrentUser currentUser;

  ArticleRestController(
      Articles articles, ArticleSearch search, KnowledgeLinks links, CurrentUser currentUser) {
    this.articles = articles;
    this.search = search;
    this.links = links;
    this.currentUser = currentUser;
  }

  @Operation(
      summary =
          "List or search the articles. q: words in English or Chinese (at most 200 characters),"
              + " best match first (title above tags above body); without q the latest changed"
              + " first. Filters: category (code, with those below it), tag, language (en, zh-CN),"
              + " audience (INTERNAL, CUSTOMER), status (DRAFT, PUBLISHED; drafts only with"
              + " knowledge.write); limit (max 100); cursor = the nextCursor of the previous page")
  @GetMapping
  @PreAuthorize("hasAuthority('knowledge.read') or hasAuthority('knowledge.write')")
  ArticleListResponse list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String tag,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) String audience,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "20") int limit,
      @RequestParam(required = false) String cursor) {
    Slice<ArticleRow> slice =
        search.search(
            new ArticleFilter(q, category, tag, language, audience, status),
            currentUser.has(WRITE),
            cursor,
            limit);
    return new ArticleListResponse(
        slice.items().stream().map(ArticleListItem::of).toList(), slice.nextCursor());
  }

  @Operation(summary = "One article, with its version as the ETag (a draft needs knowledge.write)")
  @GetMapping("/{id}")
  @PreAuthorize("hasAuthority('knowledge.read') or hasAuthority('knowledge.write')")
  ResponseEntity<ArticleJson> get(@PathVariable UUID id) {
    return ok(articles.readable(id, currentUser.has(WRITE)));
  }

  @Operation(summary = "Write a new article (a draft until published)")
  @PostMapping
  @PreAuthorize("hasAuthority('knowledge.write')")
  ResponseEntity<ArticleJson> create(@RequestBody ArticleRequest request) {
    Article article = articles.create(request.command(null), currentUser.requireId());
    ArticleJson json = json(article);
    return ResponseEntity.created(URI.create("/api/v1/knowledge/articles/" + article.id()))
        .eTag(ETags.of(json.version()))
        .body(json);
  }

  @Operation(
      summary = "Replace an article (If-Match required)",
      description =
          "every field as when writing it; a version other than the current one is refused (412)"
              + " and nothing changes; the status stays")
  @PutMapping("/{id}")
  @PreAuthorize("hasAuthority('knowledge.write')")
  ResponseEntity<ArticleJson> replace(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody ArticleRequest request) {
    articles.get(id);
    long version = ETags.required(ifMatch, "article");
    return ok(articles.update(id, request.command(version)));
  }

  @Operation(
      summary = "Delete an article (If-Match required)",
      description = "its links to cases go with it")
  @DeleteMapping("/{id}")
  @PreAuthorize("hasAuthority('knowledge.write')")
  ResponseEntity<Void> delete(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    articles.get(id);
    articles.delete(id, ETags.required(ifMatch, "article"));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Publish an article",
      description =
          "readers (knowledge.read) see it from now on; an If-Match, when sent, must name the"
              + " current version; publishing a published article changes nothing")
  @PostMapping("/{id}/publication")
  @PreAuthorize("hasAuthority('knowledge.write')")
  ResponseEntity<ArticleJson> publish(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    articles.get(id);
    Long version = ifMatch == null || ifMatch.isBlank() ? null : ETags.required(ifMatch, "article");
    return ok(articles.publish(id, version));
  }

  private ResponseEntity<ArticleJson> ok(Article article) {
    ArticleJson json = json(article);
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  private ArticleJson json(Article article) {
    return ArticleJson.of(
        article, articles.categoryOf(article).orElse(null), links.casesOf(article.id()));
  }
}
