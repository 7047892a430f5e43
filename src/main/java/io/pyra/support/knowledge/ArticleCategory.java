package io.pyra.support.knowledge;

import io.pyra.platform.taxonomy.TaxonomyTerm;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A node of the article category tree (Billing → Refunds …). */
@Entity
@Table(name = "support_article_category")
public class ArticleCategory extends TaxonomyTerm {

  protected ArticleCategory() {}

  ArticleCategory(UUID parentId, String code) {
    super(parentId, code);
  }
}
