package io.pyra.platform.taxonomy;

/**
 * A term in tree order: its parent ({@code null} at the top), its depth (0 at the top) and whether
 * it may be chosen for new records (it and all its ancestors active).
 */
public record TermNode<T extends TaxonomyTerm>(T term, T parent, int depth, boolean usable) {

  /** The parent's code, {@code null} at the top. */
  public String parentCode() {
    return parent == null ? null : parent.code();
  }
}
