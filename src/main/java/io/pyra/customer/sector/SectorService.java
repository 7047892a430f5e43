package io.pyra.customer.sector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sector taxonomy: sectors and their sub-sectors. */
@Service
@Transactional(readOnly = true)
public class SectorService {

  private final SectorRepository sectors;

  SectorService(SectorRepository sectors) {
    this.sectors = sectors;
  }

  public Optional<Sector> find(UUID id) {
    return id == null ? Optional.empty() : sectors.findById(id);
  }

  public Optional<Sector> byCode(String code) {
    return code == null || code.isBlank() ? Optional.empty() : sectors.findByCodeIgnoreCase(code.strip());
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
