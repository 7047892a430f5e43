package io.pyra.sales.web;

import io.pyra.platform.taxonomy.CreateTermRequest;
import io.pyra.platform.taxonomy.PatchTermRequest;
import io.pyra.platform.taxonomy.TermEndpoints;
import io.pyra.platform.taxonomy.TermJson;
import io.pyra.sales.catalogue.ProductCategories;
import io.pyra.sales.catalogue.ProductCategory;
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
 * The product category tree over HTTP, addressed by code: read with {@code catalogue.read}, changed
 * with {@code catalogue.manage}.
 */
@Tag(name = "Product categories")
@RestController
@RequestMapping("/api/v1/product-categories")
class ProductCategoryRestController {

  private final TermEndpoints<ProductCategory> terms;

  ProductCategoryRestController(ProductCategories categories) {
    this.terms = new TermEndpoints<>(categories, "/api/v1/product-categories", "product category");
  }

  @Operation(summary = "Every product category in tree order (each followed by its subtree)")
  @GetMapping
  @PreAuthorize("hasAuthority('catalogue.read')")
  List<TermJson> list() {
    return terms.list();
  }

  @Operation(summary = "One product category by its code")
  @GetMapping("/{code}")
  @PreAuthorize("hasAuthority('catalogue.read')")
  ResponseEntity<TermJson> get(@PathVariable String code) {
    return terms.get(code);
  }

  @Operation(summary = "Add a product category, at the top or below a parent (by code)")
  @PostMapping
  @PreAuthorize("hasAuthority('catalogue.manage')")
  ResponseEntity<TermJson> create(@RequestBody CreateTermRequest request) {
    return terms.create(request);
  }

  @Operation(
      summary =
          "Rename, move, reorder or (de)activate a product category (If-Match required); "
              + "send \"parent\": \"\" to move it to the top")
  @PatchMapping("/{code}")
  @PreAuthorize("hasAuthority('catalogue.manage')")
  ResponseEntity<TermJson> patch(
      @PathVariable String code,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PatchTermRequest request) {
    return terms.patch(code, ifMatch, request);
  }

  @Operation(
      summary =
          "Delete an unused product category (If-Match required); one that products or"
              + " sub-categories use is refused — deactivate it instead")
  @DeleteMapping("/{code}")
  @PreAuthorize("hasAuthority('catalogue.manage')")
  ResponseEntity<Void> delete(
      @PathVariable String code,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return terms.delete(code, ifMatch);
  }
}
