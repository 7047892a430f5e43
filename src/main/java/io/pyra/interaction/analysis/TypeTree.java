package io.pyra.interaction.analysis;

import io.pyra.interaction.type.InteractionType;
import io.pyra.interaction.type.InteractionTypeService;
import io.pyra.platform.taxonomy.TermNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The contact record types as a tree, to roll counts up it: a type counts its own records and its
 * sub-types'.
 */
@Component
class TypeTree {

  private final InteractionTypeService types;

  TypeTree(InteractionTypeService types) {
    this.types = types;
  }

  /**
   * Every type in tree order (siblings by their sort order) with its rolled-up count; inactive
   * types (and what lies below them) only when they have records.
   */
  List<ContactReport.TypeCount> rollUp(Map<UUID, Long> own, Locale locale) {
    List<TermNode<InteractionType>> nodes = types.hierarchy().nodes();
    Map<UUID, Long> rolled = new HashMap<>();
    // Tree order puts every type before its sub-types, so walking backwards sums children first.
    for (int i = nodes.size() - 1; i >= 0; i--) {
      TermNode<InteractionType> node = nodes.get(i);
      UUID id = node.term().id();
      long sum = rolled.getOrDefault(id, 0L) + own.getOrDefault(id, 0L);
      rolled.put(id, sum);
      if (node.parent() != null) {
        rolled.merge(node.parent().id(), sum, Long::sum);
      }
    }
    List<ContactReport.TypeCount> rows = new ArrayList<>();
    Set<UUID> hidden = new HashSet<>();
    for (TermNode<InteractionType> node : nodes) {
      InteractionType type = node.term();
      long count = rolled.getOrDefault(type.id(), 0L);
      if ((node.parent() != null && hidden.contains(node.parent().id()))
          || (!type.active() && count == 0)) {
        hidden.add(type.id());
        continue;
      }
      rows.add(
          new ContactReport.TypeCount(
              type.code(),
              type.name(locale),
              node.parentCode(),
              node.depth(),
              count,
              own.getOrDefault(type.id(), 0L)));
    }
    return rows;
  }
}
