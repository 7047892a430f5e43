package io.pyra.platform.taxonomy;

import io.pyra.platform.Ids;
import io.pyra.platform.LocalizedName;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.UUID;

/**
 * A term of a bilingual taxonomy: a code fixed once created, names in English and Chinese, a place
 * among its siblings, an active flag, and a parent in the same table (none for a top-level term).
 * Each taxonomy maps a subclass to its own table of the standard shape ({@code id, parent_id, code,
 * name_en, name_zh, sort_order, active, version}); attributes only one taxonomy has stay in its
 * subclass. Changed only through its {@link Taxonomy}.
 */
@MappedSuperclass
public abstract class TaxonomyTerm {

  @Id private UUID id;

  @Column(name = "parent_id")
  private UUID parentId;

  private String code;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "name_zh")
  private String nameZh;

  @Column(name = "sort_order")
  private int sortOrder;

  private boolean active;

  @Version private Long version;

  protected TaxonomyTerm() {}

  protected TaxonomyTerm(UUID parentId, String code) {
    this.id = Ids.newId();
    this.parentId = parentId;
    this.code = code;
    this.active = true;
  }

  void rename(LocalizedName name, int sortOrder) {
    this.nameEn = name.en();
    this.nameZh = name.zh();
    this.sortOrder = sortOrder;
  }

  void moveUnder(UUID parentId) {
    this.parentId = parentId;
  }

  void activate(boolean active) {
    this.active = active;
  }

  public UUID id() {
    return id;
  }

  /** The parent term's id, {@code null} for a top-level term. */
  public UUID parentId() {
    return parentId;
  }

  public String code() {
    return code;
  }

  public LocalizedName name() {
    return new LocalizedName(nameEn, nameZh);
  }

  public String name(Locale locale) {
    return name().in(locale);
  }

  public String nameEn() {
    return nameEn;
  }

  public String nameZh() {
    return nameZh;
  }

  public int sortOrder() {
    return sortOrder;
  }

  /** Whether the term itself is active; see {@link TermNode#usable()} for its ancestors too. */
  public boolean active() {
    return active;
  }

  public long version() {
    return version == null ? 0 : version;
  }
}
