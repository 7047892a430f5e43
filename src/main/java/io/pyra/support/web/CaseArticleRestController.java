package io.pyra.support.web;

import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.support.knowledge.CaseArticles;
import io.pyra.support.knowledge.LinkedArticle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The knowledge articles linked to a case: read where the case is seen, linked and unlinked where
 * it is worked (a link is idempotent: PUT of a linked article changes nothing).
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/articles")
@Tag(name = "Cases")
@PreAuthorize("hasAuthority('case.read')")
class CaseArticleRestController {

  record CaseArticleLinkJson(
      UUID articleId, String title, String language, String status, Instant linkedAt) {

    static CaseArticleLinkJson of(LinkedArticle a) {
      return new CaseArticleLinkJson(
          a.articleId(), a.title(), a.language(), a.status().name(), a.linkedAt());
    }
  }

  private final CaseArticles articles;

  CaseArticleRestController(CaseArticles articles) {
    this.articles = articles;
  }

  @Operation(summary = "The articles linked to a case you may see, in the order they were linked")
  @GetMapping
  List<CaseArticleLinkJson> list(@PathVariable UUID id) {
    return articles.linked(id).stream().map(CaseArticleLinkJson::of).toList();
  }

  @Operation(
      summary = "Link a published article to a case you work on",
      description = "201 when linked now, 200 when it was linked already; needs knowledge.read")
  @PutMapping("/{articleId}")
  @PreAuthorize("hasAuthority('case.write') and hasAuthority('knowledge.read')")
  ResponseEntity<List<CaseArticleLinkJson>> link(
      @PathVariable UUID id, @PathVariable UUID articleId) {
    boolean added = articles.link(id, articleId);
    List<CaseArticleLinkJson> body =
        articles.linked(id).stream().map(CaseArticleLinkJson::of).toList();
    return ResponseEntity.status(added ? 201 : 200).body(body);
  }

  @Operation(
      summary = "Unlink an article from a case you work on (204; 404 when it was not linked)")
  @DeleteMapping("/{articleId}")
  @PreAuthorize("hasAuthority('case.write')")
  ResponseEntity<Void> unlink(@PathVariable UUID id, @PathVariable UUID articleId) {
    if (!articles.unlink(id, articleId)) {
      throw new RecordNotFoundException("knowledge article", articleId);
    }
    return ResponseEntity.noContent().build();
  }
}
