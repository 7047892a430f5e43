package io.pyra.platform.taxonomy;

import jakarta.validation.constraints.Size;

/**
 * What every taxonomy's edit form binds: code (on create), names in both languages, order, active
 * flag and the version read. A taxonomy's form extends it with its parent field (by id or code) and
 * its own attributes.
 */
public abstract class TermForm {

  @Size(max = 60)
  private String code;

  @Size(max = Taxonomy.NAME_MAX)
  private String nameEn;

  @Size(max = Taxonomy.NAME_MAX)
  private String nameZh;

  private Integer sortOrder = Taxonomy.DEFAULT_SORT_ORDER;
  private boolean active = true;
  private Long version;

  /** Copies the term's common fields into the form. */
  protected void fill(TaxonomyTerm term) {
    code = term.code();
    nameEn = term.nameEn();
    nameZh = term.nameZh();
    sortOrder = term.sortOrder();
    active = term.active();
    version = term.version();
  }

  /** The command for the taxonomy, with the parent reference the form holds. */
  protected SaveTerm command(String parent) {
    return new SaveTerm(parent, code, nameEn, nameZh, sortOrder, active, version);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public Integer getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(Integer sortOrder) {
    this.sortOrder = sortOrder;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
