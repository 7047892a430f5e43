package io.pyra.customer.sector;

import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.taxonomy.SaveTerm;
import io.pyra.platform.taxonomy.Taxonomy;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sector taxonomy: sectors and their sub-sectors (two levels), addressed by id. Sub-sectors
 * stay under the sector they were created under.
 */
@Service
@Transactional(readOnly = true)
public class SectorService extends Taxonomy<Sector> {

  private static final Set<String> OWN_MESSAGES =
      Set.of("code.pattern", "code.unique", "parent.unknown", "parent.too-deep", "delete.in-use");

  private final JdbcClient jdbc;

  SectorService(SectorRepository sectors, JdbcClient jdbc) {
    super(sectors, "sector");
    this.jdbc = jdbc;
  }

  @Override
  protected Sector newTerm(UUID parentId, String code) {
    return new Sector(parentId, code);
  }

  @Override
  protected int maxDepth() {
    return 2;
  }

  @Override
  protected boolean movable() {
    return false;
  }

  @Override
  protected String parentField() {
    return "parentId";
  }

  @Override
  protected Optional<Sector> parentOf(String reference) {
    try {
      return find(UUID.fromString(reference));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  @Override
  protected long usages(Sector sector) {
    return jdbc.sql("select count(*) from customer_customer where sector_id = ?")
        .param(sector.id())
        .query(Long.class)
        .single();
  }

  @Override
  protected String messageKey(String rule) {
    return OWN_MESSAGES.contains(rule) ? "sector." + rule : super.messageKey(rule);
  }

  @Override
  protected RuleViolation parentUnknown(String reference) {
    return new RuleViolation("parentId", "exists", messageKey("parent.unknown"));
  }

  @Transactional
  public Sector create(SaveSector command) {
    return create(term(command));
  }

  @Transactional
  public Sector update(UUID id, SaveSector command) {
    return update(get(id), term(command), sector -> {});
  }

  /** Sectors with their sub-sectors right after them, each level in its sort order. */
  public List<Sector> tree() {
    return hierarchy().terms();
  }

  private static SaveTerm term(SaveSector command) {
    return new SaveTerm(
        command.parentId() == null ? null : command.parentId().toString(),
        command.code(),
        command.nameEn(),
        command.nameZh(),
        command.sortOrder(),
        command.active(),
        command.version());
  }
}
