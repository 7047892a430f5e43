package io.pyra.support.knowledge;

import io.pyra.platform.taxonomy.Taxonomy;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article category tree, addressed by code (at most four levels). A category that articles use
 * is deactivated rather than deleted.
 */
@Service
@Transactional(readOnly = true)
public class ArticleCategories extends Taxonomy<ArticleCategory> {

  public static final int MAX_DEPTH = 4;

  private final JdbcClient jdbc;

  ArticleCategories(ArticleCategoryRepository store, JdbcClient jdbc) {
    super(store, "article category");
    this.jdbc = jdbc;
  }

  @Override
  protected ArticleCategory newTerm(UUID parentId, String code) {
    return new ArticleCategory(parentId, code);
  }

  @Override
  protected int maxDepth() {
    return MAX_DEPTH;
  }

  @Override
  protected long usages(ArticleCategory category) {
    return jdbc.sql("select count(*) from support_article where category_id = :id")
        .param("id", category.id())
        .query(Long.class)
        .single();
  }

  /** The ids of the category with this code and of all below it; empty when there is none. */
  public Set<UUID> withDescendants(String code) {
    return byCode(code).map(c -> hierarchy().withDescendants(c.id())).orElse(Set.of());
  }
}
