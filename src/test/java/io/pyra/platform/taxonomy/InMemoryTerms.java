package io.pyra.platform.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A taxonomy's table in memory, for tests without a database. */
class InMemoryTerms<T extends TaxonomyTerm> implements TermStore<T> {

  private final Map<UUID, T> rows = new LinkedHashMap<>();

  @Override
  public List<T> findAll() {
    return new ArrayList<>(rows.values());
  }

  @Override
  public Optional<T> findById(UUID id) {
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  public Optional<T> findByCodeIgnoreCase(String code) {
    return rows.values().stream()
        .filter(t -> t.code().toUpperCase(Locale.ROOT).equals(code.toUpperCase(Locale.ROOT)))
        .findFirst();
  }

  @Override
  public long countByParentId(UUID parentId) {
    return rows.values().stream().filter(t -> parentId.equals(t.parentId())).count();
  }

  @Override
  public <S extends T> S saveAndFlush(S term) {
    rows.put(term.id(), term);
    return term;
  }

  @Override
  public void delete(T term) {
    rows.remove(term.id());
  }

  @Override
  public void flush() {}
}
