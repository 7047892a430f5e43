package io.pyra.sales.web;

import io.pyra.identity.CurrentUser;
import io.pyra.platform.idempotency.IdempotentRequests;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.ETags;
import io.pyra.sales.catalogue.CreateProduct;
import io.pyra.sales.catalogue.Product;
import io.pyra.sales.catalogue.ProductCategory;
import io.pyra.sales.catalogue.ProductDirectory;
import io.pyra.sales.catalogue.ProductFilter;
import io.pyra.sales.catalogue.ProductRow;
import io.pyra.sales.catalogue.ProductService;
import io.pyra.sales.catalogue.UpdateProduct;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue's products over HTTP: list with filters and cursor, read by id or code, create
 * (idempotent with an {@code Idempotency-Key}), replace or change with {@code If-Match}.
 */
@Tag(name = "Products")
@RestController
@RequestMapping("/api/v1/products")
class ProductRestController {

  /** A product to create or replace; prices as decimal numbers or strings. */
  record ProductRequest(
      @Size(max = 40) String code,
      @Size(max = 300) String name,
      @Schema(description = "the category's code") @Size(max = 60) String category,
      @Schema(allowableValues = {"COURSE", "HOUR", "PIECE", "LICENCE"}) @Size(max = 12) String unit,
      BigDecimal listPrice,
      BigDecimal unitCost,
      @Schema(description = "ISO 4217; the base currency when left out") @Size(max = 3)
          String currency,
      Boolean active,
      LocalDate validFrom,
      LocalDate validTo,
      @Size(max = 2000) String description) {

    CreateProduct create() {
      return new CreateProduct(
          code,
          name,
          category,
          unit,
          listPrice,
          unitCost,
          currency,
          active,
          validFrom,
          validTo,
          description);
    }

    UpdateProduct update(long version) {
      return new UpdateProduct(
          code,
          name,
          category,
          unit,
          listPrice,
          unitCost,
          currency,
          active,
          validFrom,
          validTo,
          description,
          version);
    }
  }

  record ProductListResponse(List<ProductJson> items, String nextCursor) {}

  private final ProductService products;
  private final ProductDirectory directory;
  private final IdempotentRequests idempotency;
  private final CurrentUser currentUser;
  private final JsonMapper json;

  ProductRestController(
      ProductService products,
      ProductDirectory directory,
      IdempotentRequests idempotency,
      CurrentUser currentUser,
      JsonMapper json) {
    this.products = products;
    this.directory = directory;
    this.idempotency = idempotency;
    this.currentUser = currentUser;
    this.json = json;
  }

  @Operation(
      summary =
          "List the catalogue by code. Filters: q (part of code or name), code (exact, case"
              + " ignored), category (code, with the categories below it), active; limit (max 200);"
              + " cursor = the nextCursor of the previous page")
  @GetMapping
  @PreAuthorize("hasAuthority('catalogue.read')")
  ProductListResponse list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) Boolean active,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String cursor) {
    Slice<ProductRow> slice =
        directory.search(new ProductFilter(q, code, category, active), cursor, limit);
    return new ProductListResponse(
        slice.items().stream().map(ProductJson::of).toList(), slice.nextCursor());
  }

  @Operation(summary = "Read one product by id or code")
  @GetMapping("/{idOrCode}")
  @PreAuthorize("hasAuthority('catalogue.read')")
  ResponseEntity<ProductJson> get(@PathVariable String idOrCode) {
    return ok(products.getByIdOrCode(idOrCode));
  }

  @Operation(
      summary =
          "Add a product, course or service; an Idempotency-Key makes a retried create return"
              + " the first result")
  @PostMapping
  @PreAuthorize("hasAuthority('catalogue.manage')")
  ResponseEntity<ProductJson> create(
      @RequestBody ProductRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        currentUser.requireId().value(),
        request,
        () -> created(products.create(request.create())),
        first -> created(products.get(idFrom(first.location()))));
  }

  @Operation(summary = "Replace a product as a whole (If-Match required)")
  @PutMapping("/{id}")
  @PreAuthorize("hasAuthority('catalogue.manage')")
  ResponseEntity<ProductJson> replace(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody ProductRequest request) {
    products.get(id);
    long version = ETags.required(ifMatch, "product");
    return ok(products.update(id, request.update(version)));
  }

  @Operation(summary = "Change the given fields of a product (If-Match required)")
  @PatchMapping("/{id}")
  @PreAuthorize("hasAuthority('catalogue.manage')")
  ResponseEntity<ProductJson> patch(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = @Content(schema = @Schema(implementation = ProductRequest.class)))
          @RequestBody
          JsonNode body,
      HttpServletRequest http) {
    ProductRequest patch = read(body, http);
    Product now = products.get(id);
    long version = ETags.required(ifMatch, "product");
    String category = products.categoryOf(now).map(ProductCategory::code).orElse(null);
    Product saved =
        products.update(
            id,
            new UpdateProduct(
                body.has("code") ? patch.code() : now.code(),
                body.has("name") ? patch.name() : now.name(),
                body.has("category") ? patch.category() : category,
                body.has("unit") ? patch.unit() : now.unit().name(),
                body.has("listPrice") ? patch.listPrice() : now.listPrice(),
                body.has("unitCost") ? patch.unitCost() : now.unitCost(),
                body.has("currency") ? patch.currency() : now.currency(),
                body.has("active") ? patch.active() : now.active(),
                body.has("validFrom") ? patch.validFrom() : now.validFrom(),
                body.has("validTo") ? patch.validTo() : now.validTo(),
                body.has("description") ? patch.description() : now.description(),
                version));
    return ok(saved);
  }

  private ProductJson json(Product product) {
    return ProductJson.of(
        product, products.categoryOf(product).map(ProductCategory::code).orElse(null));
  }

  private ResponseEntity<ProductJson> ok(Product product) {
    ProductJson body = json(product);
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  private ResponseEntity<ProductJson> created(Product product) {
    ProductJson body = json(product);
    return ResponseEntity.created(URI.create("/api/v1/products/" + body.id()))
        .eTag(ETags.of(body.version()))
        .body(body);
  }

  private static UUID idFrom(String location) {
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  private ProductRequest read(JsonNode body, HttpServletRequest request) {
    if (body == null || !body.isObject()) {
      throw new HttpMessageNotReadableException(
          "a JSON object is expected", new ServletServerHttpRequest(request));
    }
    try {
      return json.treeToValue(body, ProductRequest.class);
    } catch (JacksonException e) {
      throw new HttpMessageNotReadableException(
          e.getOriginalMessage(), e, new ServletServerHttpRequest(request));
    }
  }
}
