package io.pyra.sales.pipeline;

import io.pyra.platform.taxonomy.Taxonomy;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reasons a deal is lost (price, a competitor, timing, no budget …), addressed by code; one
 * level, edited by the administrator; a reason in use is deactivated, not deleted.
 */
@Service
@Transactional(readOnly = true)
public class LostReasons extends Taxonomy<LostReason> {

  /** The reason that needs the competitor named. */
  public static final String COMPETITOR = "COMPETITOR";

  private final JdbcClient jdbc;

  LostReasons(LostReasonRepository reasons, JdbcClient jdbc) {
    super(reasons, "lost reason");
    this.jdbc = jdbc;
  }

  @Override
  protected LostReason newTerm(UUID parentId, String code) {
    return new LostReason(parentId, code);
  }

  @Override
  protected int maxDepth() {
    return 1;
  }

  @Override
  protected long usages(LostReason reason) {
    return jdbc.sql("select count(*) from sales_opportunity where lost_reason_id = :id")
        .param("id", reason.id())
        .query(Long.class)
        .single();
  }

  /** The active reasons in their order, for the lists to choose from. */
  public List<LostReason> active() {
    return hierarchy().terms().stream().filter(LostReason::active).toList();
  }
}
