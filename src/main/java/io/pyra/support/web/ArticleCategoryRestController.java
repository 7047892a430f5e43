package io.pyra.support.web;

import io.pyra.platform.taxonomy.CreateTermRequest;
import io.pyra.platform.taxonomy.PatchTermRequest;
import io.pyra.platform.taxonomy.TermJson;
import io.pyra.platform.web.ETags;
import io.pyra.support.knowledge.ArticleCategories;
import io.pyra.support.knowledge.ArticleCategory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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

  private final ArticleCategories categories;

  ArticleCategoryRestController(ArticleCategories categories) {
    this.categories = categories;
  }

  @Operation(summary = "Every article category in tree order (each followed by its subtree)")
  @GetMapping
  @PreAuthorize("hasAuthority('knowledge.read')")
  List<TermJson> list() {
    return categories.tree().stream().map(TermJson::of).toList();
  }

  @Operation(summary = "One article category by its code")
  @GetMapping("/{code}")
  @PreAuthorize("hasAuthority('knowledge.read')")
  ResponseEntity<TermJson> get(@PathVariable String code) {
    TermJson json = TermJson.of(categories.node(code));
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  @Operation(summary = "Add a article category, at the top or below a parent (by code)")
  @PostMapping
  @PreAuthorize("hasAuthority('knowledge.write')")
  ResponseEntity<TermJson> create(@RequestBody CreateTermRequest request) {
    ArticleCategory category = categories.create(request.command());
    TermJson json = TermJson.of(categories.node(category.code()));
    return ResponseEntity.created(URI.create("/api/v1/knowledge/categories/" + json.code()))
        .eTag(ETags.of(json.version()))
        .body(json);
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
    var current = categories.node(code);
    long version = ETags.required(ifMatch, "article category");
    ArticleCategory saved =
        categories.update(current.term().id(), request.command(current, version));
    TermJson json = TermJson.of(categories.node(saved.code()));
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
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
    ArticleCategory category = categories.getByCode(code);
    categories.delete(category.id(), ETags.required(ifMatch, "article category"));
    return ResponseEntity.noContent().build();
  }
}
