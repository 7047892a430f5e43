package io.pyra.sales.pipeline;

import io.pyra.platform.Ids;
import io.pyra.platform.LocalizedName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.UUID;

/** A sales pipeline: the stages a deal of one kind goes through (training enrolment, B2B …). */
@Entity
@Table(name = "sales_pipeline")
public class Pipeline {

  @Id private UUID id;

  private String code;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "name_zh")
  private String nameZh;

  @Column(name = "sort_order")
  private int sortOrder;

  private boolean active;

  @Version private Long version;

  protected Pipeline() {}

  Pipeline(String code, String nameEn, String nameZh, int sortOrder) {
    this.id = Ids.newId();
    this.code = code;
    this.active = true;
    describe(nameEn, nameZh, sortOrder, true);
  }

  void describe(String nameEn, String nameZh, int sortOrder, boolean active) {
    this.nameEn = nameEn;
    this.nameZh = nameZh;
    this.sortOrder = sortOrder;
    this.active = active;
  }

  public UUID id() {
    return id;
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
    return new LocalizedName(nameEn, nameZh).in(locale);
  }

  public int sortOrder() {
    return sortOrder;
  }

  public boolean active() {
    return active;
  }

  public long version() {
    return version == null ? 0 : version;
  }
}
