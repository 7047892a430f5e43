package io.pyra.sales.catalogue;

import io.pyra.platform.taxonomy.Taxonomy;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product category tree the administrator edits, addressed by code (at most four levels). A
 * category that products use is deactivated rather than deleted.
 */
@Service
@Transactional(readOnly = true)
public class ProductCategories extends Taxonomy<ProductCategory> {

  public static final int MAX_DEPTH = 4;

  private final JdbcClient jdbc;

  ProductCategories(ProductCategoryRepository store, JdbcClient jdbc) {
    super(store, "product category");
    this.jdbc = jdbc;
  }

  @Override
  protected ProductCategory newTerm(UUID parentId, String code) {
    return new ProductCategory(parentId, code);
  }

  @Override
  protected int maxDepth() {
    return MAX_DEPTH;
  }

  @Override
  protected long usages(ProductCategory category) {
    return jdbc.sql("select count(*) from sales_product where category_id = :id")
        .param("id", category.id())
        .query(Long.class)
        .single();
  }

  /** The ids of the category with this code and of all below it; empty when there is none. */
  public Set<UUID> withDescendants(String code) {
    return byCode(code).map(c -> hierarchy().withDescendants(c.id())).orElse(Set.of());
  }
}
