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
    Long version) {}
