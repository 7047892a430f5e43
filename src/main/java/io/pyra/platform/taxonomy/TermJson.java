package io.pyra.platform.taxonomy;

/**
 * A term as the API of a taxonomy addressed by code shows it: {@code parent} is the parent's code
 * ({@code null} at the top), {@code depth} 0 at the top, {@code usable} whether it and its
 * ancestors are active. A taxonomy with attributes of its own declares its own record.
 */
public record TermJson(
    String code,
    String parent,
    int depth,
    String nameEn,
    String nameZh,
    int sortOrder,
    boolean active,
    boolean usable,
    long version) {

  public static TermJson of(TermNode<?> node) {
    TaxonomyTerm t = node.term();
    return new TermJson(
        t.code(),
        node.parentCode(),
        node.depth(),
        t.nameEn(),
        t.nameZh(),
        t.sortOrder(),
        t.active(),
        node.usable(),
        t.version());
  }
}
