package io.pyra.customer.sector;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sector taxonomy: sectors and their sub-sectors. */
@Service
@Transactional(readOnly = true)
public class SectorService {

  private final SectorRepository sectors;

  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

  SectorService(SectorRepository sectors, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    this.sectors = sectors;
    this.jdbc = jdbc;
  }

  public Sector get(UUID id) {
    return sectors.findById(id).orElseThrow(() -> new RecordNotFoundException("sector", id));
  }

  @Transactional
  public Sector create(SaveSector command) {
    List<RuleViolation> violations = new ArrayList<>();
    String code = command.code() == null ? "" : command.code().strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z][A-Z0-9_]{1,59}")) {
      violations.add(new RuleViolation("code", "pattern", "sector.code.pattern"));
    } else if (sectors.findByCodeIgnoreCase(code).isPresent()) {
      violations.add(new RuleViolation("code", "unique", "sector.code.unique", code));
    }
    checkParent(command.parentId(), null, violations);
    checkNames(command, violations);
    throwIfAny(violations);
    return sectors.saveAndFlush(
        new Sector(
            command.parentId(),
            code,
            command.nameEn().strip(),
            command.nameZh().strip(),
            command.sortOrder() == null ? 100 : command.sortOrder()));
  }

  @Transactional
  public Sector update(UUID id, SaveSector command) {
    Sector sector = get(id);
    if (command.version() != null && command.version() != sector.version()) {
      throw new StaleVersionException("sector", command.version(), sector.version());
    }
    List<RuleViolation> violations = new ArrayList<>();
    checkNames(command, violations);
    throwIfAny(violations);
    sector.rename(
        command.nameEn().strip(),
        command.nameZh().strip(),
        command.sortOrder() == null ? sector.sortOrder() : command.sortOrder());
    if (command.active() != null) {
      sector.activate(command.active());
    }
    return sector;
  }

  /**
   * Deletes an unused sector; one that customers or sub-sectors use is deactivated instead, by the
   * caller.
   */
  @Transactional
  public void delete(UUID id, Long version) {
    Sector sector = get(id);
    if (version != null && version != sector.version()) {
      throw new StaleVersionException("sector", version, sector.version());
    }
    long children =
        jdbc.sql("select count(*) from customer_sector where parent_id = ?")
            .param(id)
            .query(Long.class)
            .single();
    long customers =
        jdbc.sql("select count(*) from customer_customer where sector_id = ?")
            .param(id)
            .query(Long.class)
            .single();
    if (children > 0 || customers > 0) {
      throw new BusinessRuleException(
          null, "in-use", "sector.delete.in-use", sector.nameEn(), customers, children);
    }
    sectors.delete(sector);
  }

  private void checkParent(UUID parentId, UUID self, List<RuleViolation> violations) {
    if (parentId == null) {
      return;
    }
    Optional<Sector> parent = sectors.findById(parentId);
    if (parent.isEmpty()) {
      violations.add(new RuleViolation("parentId", "exists", "sector.parent.unknown"));
    } else if (parent.get().parentId() != null) {
      violations.add(new RuleViolation("parentId", "depth", "sector.parent.too-deep"));
    }
  }

  private static void checkNames(SaveSector command, List<RuleViolation> violations) {
    if (command.nameEn() == null || command.nameEn().isBlank()) {
      violations.add(new RuleViolation("nameEn", "required", "validation.required", "nameEn"));
    }
    if (command.nameZh() == null || command.nameZh().isBlank()) {
      violations.add(new RuleViolation("nameZh", "required", "validation.required", "nameZh"));
    }
  }

  private static void throwIfAny(List<RuleViolation> violations) {
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
  }

  public Optional<Sector> find(UUID id) {
    return id == null ? Optional.empty() : sectors.findById(id);
  }

  public Optional<Sector> byCode(String code) {
    return code == null || code.isBlank()
        ? Optional.empty()
        : sectors.findByCodeIgnoreCase(code.strip());
  }

  /** Sectors with their sub-sectors right after them, each level in its sort order. */
  public List<Sector> tree() {
    List<Sector> all = sectors.findAll();
    all.sort(Comparator.comparingInt(Sector::sortOrder).thenComparing(Sector::code));
    List<Sector> ordered = new ArrayList<>();
    for (Sector top : all) {
      if (top.parentId() == null) {
        ordered.add(top);
        all.stream().filter(s -> top.id().equals(s.parentId())).forEach(ordered::add);
      }
    }
    return ordered;
  }
}
