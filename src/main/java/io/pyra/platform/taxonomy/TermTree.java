package io.pyra.platform.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The terms of one taxonomy as a tree: each term followed by its subtree, siblings by sort order
 * then code. A term whose parent is missing is shown at the top rather than lost.
 */
public final class TermTree<T extends TaxonomyTerm> {

  private final List<TermNode<T>> nodes;
  private final Map<UUID, TermNode<T>> byId;

  private TermTree(List<TermNode<T>> nodes) {
    this.nodes = List.copyOf(nodes);
    Map<UUID, TermNode<T>> index = new LinkedHashMap<>();
    nodes.forEach(n -> index.put(n.term().id(), n));
    this.byId = index;
  }

  public static <T extends TaxonomyTerm> TermTree<T> of(Collection<T> terms) {
    List<T> sorted = new ArrayList<>(terms);
    sorted.sort(Comparator.comparingInt(TaxonomyTerm::sortOrder).thenComparing(TaxonomyTerm::code));
    Map<UUID, T> byId = new HashMap<>();
    sorted.forEach(t -> byId.put(t.id(), t));
    Map<UUID, List<T>> children = new HashMap<>();
    List<T> top = new ArrayList<>();
    for (T term : sorted) {
      if (term.parentId() == null || !byId.containsKey(term.parentId())) {
        top.add(term);
      } else {
        children.computeIfAbsent(term.parentId(), k -> new ArrayList<>()).add(term);
      }
    }
    List<TermNode<T>> out = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    top.forEach(t -> walk(t, null, 0, true, children, seen, out));
    return new TermTree<>(out);
  }

  private static <T extends TaxonomyTerm> void walk(
      T term,
      T parent,
      int depth,
      boolean usable,
      Map<UUID, List<T>> children,
      Set<UUID> seen,
      List<TermNode<T>> out) {
    if (!seen.add(term.id())) {
      return;
    }
    boolean canUse = usable && term.active();
    out.add(new TermNode<>(term, parent, depth, canUse));
    children
        .getOrDefault(term.id(), List.of())
        .forEach(child -> walk(child, term, depth + 1, canUse, children, seen, out));
  }

  /** Every term in tree order. */
  public List<TermNode<T>> nodes() {
    return nodes;
  }

  /** The terms alone, in tree order. */
  public List<T> terms() {
    return nodes.stream().map(TermNode::term).toList();
  }

  public Optional<TermNode<T>> node(UUID id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** The ids of the term and of every term below it. */
  public Set<UUID> withDescendants(UUID id) {
    Set<UUID> ids = new HashSet<>();
    node(id)
        .ifPresent(
            root -> {
              ids.add(id);
              for (TermNode<T> n : nodes) {
                if (n.parent() != null && ids.contains(n.parent().id())) {
                  ids.add(n.term().id());
                }
              }
            });
    return ids;
  }

  /** Whether putting {@code term} under {@code newParent} would put it under itself. */
  public boolean wouldCycle(UUID term, UUID newParent) {
    return newParent != null && withDescendants(term).contains(newParent);
  }
}
