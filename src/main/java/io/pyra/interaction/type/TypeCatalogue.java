package io.pyra.interaction.type;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What logging a contact record needs of the type hierarchy, as immutable values: each type's code,
 * whether it may be chosen (it and its ancestors active), whether it counts as a return visit.
 */
public record TypeCatalogue(Map<String, Entry> byCode, Map<UUID, Entry> byId) {

  /** One type as the catalogue knows it. */
  public record Entry(UUID id, String code, boolean usable, boolean returnVisit) {}

  static TypeCatalogue of(java.util.List<TypeNode> tree) {
    Map<UUID, Entry> byId =
        tree.stream()
            .map(
                n -> new Entry(n.type().id(), n.type().code(), n.usable(), n.countsAsReturnVisit()))
            .collect(Collectors.toUnmodifiableMap(Entry::id, e -> e));
    Map<String, Entry> byCode =
        byId.values().stream()
            .collect(Collectors.toUnmodifiableMap(e -> e.code().toUpperCase(Locale.ROOT), e -> e));
    return new TypeCatalogue(byCode, byId);
  }

  public Optional<Entry> code(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
  }

  public Optional<Entry> id(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  public Set<UUID> returnVisitIds() {
    return byId.values().stream()
        .filter(Entry::returnVisit)
        .map(Entry::id)
        .collect(Collectors.toUnmodifiableSet());
  }
}
