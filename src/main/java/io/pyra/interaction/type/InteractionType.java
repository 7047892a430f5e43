package io.pyra.interaction.type;

import io.pyra.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.UUID;

/**
 * A node of the contact record type hierarchy (inquiry → course inquiry …). A type marked {@code
 * returnVisit} makes it and all its descendants return visits, which the follow-up policy limits.
 */
@Entity
@Table(name = "interaction_type")
public class InteractionType {

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

  @Column(name = "return_visit")
  private boolean returnVisit;

  private boolean active;

  @Version private Long version;

  protected InteractionType() {}

  InteractionType(UUID parentId, String code) {
    this.id = Ids.newId();
    this.parentId = parentId;
    this.code = code;
    this.active = true;
  }

  void describe(String nameEn, String nameZh, int sortOrder, boolean returnVisit) {
    this.nameEn = nameEn;
    this.nameZh = nameZh;
    this.sortOrder = sortOrder;
    this.returnVisit = returnVisit;
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

  public UUID parentId() {
    return parentId;
  }

  public String code() {
    return code;
  }

  public String nameEn() {
    return nameEn;
  }

  public String nameZh() {
    return nameZh;
  }

  public String name(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
  }

  public int sortOrder() {
    return sortOrder;
  }

  public boolean returnVisit() {
    return returnVisit;
  }

  public boolean active() {
    return active;
  }

  public long version() {
    return version == null ? 0 : version;
  }
}
