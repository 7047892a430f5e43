package io.pyra.sales.catalogue;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and changes the products, courses and services of the catalogue: the product's own rules
 * ({@link Product#violations}), a code unique regardless of case, a known category, the base
 * currency for a product that names none, and no change over someone else's newer one.
 */
@Service
@Transactional(readOnly = true)
public class ProductService {

  /** The base currency when the sales settings have not been written yet. */
  static final String DEFAULT_BASE_CURRENCY = "CNY";

  private final ProductRepository products;
  private final ProductCategories categories;
  private final JdbcClient jdbc;

  ProductService(ProductRepository products, ProductCategories categories, JdbcClient jdbc) {
    this.products = products;
    this.categories = categories;
    this.jdbc = jdbc;
  }

  public Optional<Product> find(UUID id) {
    return id == null ? Optional.empty() : products.findById(id);
  }

  public Product get(UUID id) {
    return find(id).orElseThrow(() -> new RecordNotFoundException("product", id));
  }

  /** The product with this code, regardless of case. */
  public Optional<Product> byCode(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return products.findAllByCodeIgnoreCase(code.strip()).stream().findFirst();
  }

  /** The product with this id or, when the text is not an id, with this code (case ignored). */
  public Product getByIdOrCode(String idOrCode) {
    try {
      return get(UUID.fromString(idOrCode));
    } catch (IllegalArgumentException notAnId) {
      return byCode(idOrCode).orElseThrow(() -> new RecordNotFoundException("product", idOrCode));
    }
  }

  /** The product's category, if it has one. */
  public Optional<ProductCategory> categoryOf(Product product) {
    return categories.find(product.categoryId());
  }

  @Transactional
  public Product create(CreateProduct command) {
    ProductDraft draft = command.draft().inCurrencyIfBlank(baseCurrency());
    UUID categoryId = check(draft, null, null);
    return save(Product.create(draft, categoryId, Instant.now()), draft);
  }

  @Transactional
  public Product update(UUID id, UpdateProduct command) {
    Product product = get(id);
    if (command.version() != null && command.version() != product.version()) {
      throw new StaleVersionException("product", command.version(), product.version());
    }
    ProductDraft draft = command.draft(product.active()).inCurrencyIfBlank(baseCurrency());
    UUID categoryId = check(draft, product.id(), product.categoryId());
    product.change(draft, categoryId, Instant.now());
    return save(product, draft);
  }

  /** The company's base currency (CNY until the sales settings say otherwise). */
  public String baseCurrency() {
    return jdbc.sql("select base_currency from sales_setting where id = 1")
        .query(String.class)
        .optional()
        .orElse(DEFAULT_BASE_CURRENCY);
  }

  /**
   * Refuses the draft with every broken rule at once; answers the id of the category it names. A
   * category no longer active may be kept but not newly chosen.
   */
  private UUID check(ProductDraft draft, UUID self, UUID currentCategoryId) {
    List<RuleViolation> violations = new ArrayList<>(Product.violations(draft));
    String code = draft.cleanCode();
    if (!code.isEmpty()
        && products.findAllByCodeIgnoreCase(code).stream().anyMatch(p -> !p.id().equals(self))) {
      violations.add(new RuleViolation("code", "unique", "product.code.unique", code));
    }
    UUID categoryId = null;
    String categoryCode = draft.cleanCategory();
    if (categoryCode != null) {
      Optional<ProductCategory> category = categories.byCode(categoryCode);
      if (category.isEmpty()) {
        violations.add(
            new RuleViolation("category", "unknown", "product.category.unknown", categoryCode));
      } else if (!category.get().id().equals(currentCategoryId) && !usable(category.get())) {
        violations.add(
            new RuleViolation(
                "category", "inactive", "product.category.inactive", category.get().code()));
      } else {
        categoryId = category.get().id();
      }
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return categoryId;
  }

  private boolean usable(ProductCategory category) {
    return categories.hierarchy().node(category.id()).map(n -> n.usable()).orElse(false);
  }

  private Product save(Product product, ProductDraft draft) {
    try {
      return products.saveAndFlush(product);
    } catch (DataIntegrityViolationException e) {
      // another writer took the code between our check and our insert
      throw new BusinessRuleException("code", "unique", "product.code.unique", draft.cleanCode());
    }
  }
}
