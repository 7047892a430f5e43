package io.pyra.platform.taxonomy;

import jakarta.validation.constraints.Size;

/** The body that adds a term, at the top or below a parent (by code). */
public record CreateTermRequest(
    @Size(max = 60) String code,
    @Size(max = 60) String parent,
    @Size(max = Taxonomy.NAME_MAX) String nameEn,
    @Size(max = Taxonomy.NAME_MAX) String nameZh,
    Integer sortOrder) {

  public SaveTerm command() {
    return new SaveTerm(parent, code, nameEn, nameZh, sortOrder, null, null);
  }
}
