package io.pyra.customer.sector;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.UUID;

/** A node of the sector taxonomy (sector → sub-sector). */
@Entity
@Table(name = "customer_sector")
public class Sector {

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

  protected Sector() {}

  Sector(UUID parentId, String code, String nameEn, String nameZh, int sortOrder) {
    this.id = io.pyra.platform.Ids.newId();
    this.parentId = parentId;
    this.code = code;
    this.active = true;
    rename(nameEn, nameZh, sortOrder);
  }

  void rename(String nameEn, String nameZh, int sortOrder) {
    this.nameEn = nameEn;
    this.nameZh = nameZh;
    this.sortOrder = sortOrder;
  }

  void activate(boolean active) {
    this.active = active;
  }

  public long version() {
    return version == null ? 0 : version;
  }

  public UUID id() {
    return id;
  }

  public UUID parentId() {
    return parentId;
  }

  public String code() {
    return code;
  }

  public String name(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
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

  public boolean active() {
    return active;
  }
}
