package io.pyra.platform.taxonomy;

import jakarta.validation.constraints.Size;

/**
 * The body that changes a term: what it leaves out stays as it is; {@code "parent": ""} moves the
 * term to the top.
 */
public record PatchTermRequest(
    @Size(max = 60) String parent,
    @Size(max = Taxonomy.NAME_MAX) String nameEn,
    @Size(max = Taxonomy.NAME_MAX) String nameZh,
    Integer sortOrder,
    Boolean active) {

  /** The change to the term as it is now ({@code current}), at the version the client read. */
  public SaveTerm command(TermNode<?> current, long version) {
    return SaveTerm.patch(current, parent, nameEn, nameZh, sortOrder, active, version);
  }
}
