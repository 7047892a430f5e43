package io.pyra.platform.taxonomy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a {@link Taxonomy} needs of its table. A taxonomy's Spring Data repository declares it
 * beside {@code JpaRepository}, which implements every method:
 *
 * <pre>{@code
 * interface SectorRepository extends JpaRepository<Sector, UUID>, TermStore<Sector> {}
 * }</pre>
 */
public interface TermStore<T extends TaxonomyTerm> {

  List<T> findAll();

  Optional<T> findById(UUID id);

  Optional<T> findByCodeIgnoreCase(String code);

  long countByParentId(UUID parentId);

  <S extends T> S saveAndFlush(S term);

  void delete(T term);

  void flush();
}
