package io.pyra.sales.pipeline;

import io.pyra.platform.taxonomy.Taxonomy;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where opportunities and orders come from (walk-in, phone, website, referral …), addressed by
 * code, edited by the administrator; a source in use is deactivated, not deleted.
 */
@Service
@Transactional(readOnly = true)
public class SalesSources extends Taxonomy<SalesSource> {

  private final JdbcClient jdbc;

  SalesSources(SalesSourceRepository sources, JdbcClient jdbc) {
    super(sources, "source");
    this.jdbc = jdbc;
  }

  @Override
  protected SalesSource newTerm(UUID parentId, String code) {
    return new SalesSource(parentId, code);
  }

  @Override
  protected int maxDepth() {
    return 2;
  }

  @Override
  protected long usages(SalesSource source) {
    return jdbc.sql("select count(*) from sales_opportunity where source_id = :id")
        .param("id", source.id())
        .query(Long.class)
        .single();
  }

  /** The active sources, each followed by its sub-sources. */
  public List<SalesSource> active() {
    return hierarchy().terms().stream().filter(SalesSource::active).toList();
  }
}
