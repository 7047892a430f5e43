package io.pyra.sales.catalogue;

import io.pyra.platform.taxonomy.TaxonomyTerm;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A node of the product category tree (Courses → Business English …). */
@Entity
@Table(name = "sales_product_category")
public class ProductCategory extends TaxonomyTerm {

  protected ProductCategory() {}

  ProductCategory(UUID parentId, String code) {
    super(parentId, code);
  }
}
