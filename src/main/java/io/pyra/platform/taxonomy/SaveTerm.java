package io.pyra.platform.taxonomy;

/**
 * Create or change a term: its parent (a reference the taxonomy resolves, its code by default;
 * blank for the top), its code (fixed once created), names in English and Chinese, its place among
 * its siblings ({@code null}: 100 on create, unchanged on update), whether it may still be chosen
 * ({@code null}: unchanged) and the version read (for changes).
 */
public record SaveTerm(
    String parent,
    String code,
    String nameEn,
    String nameZh,
    Integer sortOrder,
    Boolean active,
    Long version) {

  /**
   * A partial change of a term as it is now: a {@code null} parent reference keeps the current
   * parent's code ({@code ""} moves it to the top), {@code null} names keep the current ones.
   */
  public static SaveTerm patch(
      TermNode<?> current,
      String parent,
      String nameEn,
      String nameZh,
      Integer sortOrder,
      Boolean active,
      long version) {
    TaxonomyTerm term = current.term();
    return new SaveTerm(
        parent == null ? current.parentCode() : parent,
        term.code(),
        nameEn == null ? term.nameEn() : nameEn,
        nameZh == null ? term.nameZh() : nameZh,
        sortOrder,
        active,
        version);
  }
}
