package io.pyra.support.web;

import io.pyra.platform.taxonomy.CreateTermRequest;
import io.pyra.platform.taxonomy.PatchTermRequest;
import io.pyra.platform.taxonomy.TermEndpoints;
import io.pyra.platform.taxonomy.TermJson;
import io.pyra.support.knowledge.ArticleCategories;
import io.pyra.support.knowledge.ArticleCategory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The article category tree over HTTP, addressed by code: read with {@code knowledge.read}, changed
 * with {@code knowledge.write}.
 */
@Tag(name = "Knowledge base")
@RestController
@RequestMapping("/api/v1/knowledge/categories")
class ArticleCategoryRestController {

  private final TermEndpoints<ArticleCategory> terms;

  ArticleCategoryRestController(ArticleCategories categories) {
    this.terms =
        new TermEndpoints<>(categories, "/api/v1/knowledge/categories", "article category");
  }

  @Operation(summary = "Every article category in tree order (each followed by its subtree)")
  @GetMapping
  @PreAuthorize("hasAuthority('knowledge.read')")
  List<TermJson> list() {
    return terms.list();
  }

  @Operation(summary = "One article category by its code")
  @GetMapping("/{code}")
  @PreAuthorize("hasAuthority('knowledge.read')")
  ResponseEntity<TermJson> get(@PathVariable String code) {
    return terms.get(code);
  }

  @Operation(summary = "Add a article category, at the top or below a parent (by code)")
  @PostMapping
  @PreAuthorize("hasAuthority('knowledge.write')")
  ResponseEntity<TermJson> create(@RequestBody CreateTermRequest request) {
    return terms.create(request);
  }

  @Operation(
      summary =
          "Rename, move, reorder or (de)activate a article category (If-Match required); "
              + "send \"parent\": \"\" to move it to the top")
  @PatchMapping("/{code}")
  @PreAuthorize("hasAuthority('knowledge.write')")
  ResponseEntity<TermJson> patch(
      @PathVariable String code,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PatchTermRequest request) {
    return terms.patch(code, ifMatch, request);
  }

  @Operation(
      summary =
          "Delete an unused article category (If-Match required); one that articles or"
              + " sub-categories use is refused — deactivate it instead")
  @DeleteMapping("/{code}")
  @PreAuthorize("hasAuthority('knowledge.write')")
  ResponseEntity<Void> delete(
      @PathVariable String code,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return terms.delete(code, ifMatch);
  }
}
