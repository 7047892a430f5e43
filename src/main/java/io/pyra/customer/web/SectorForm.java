package io.pyra.customer.web;

import io.pyra.customer.sector.SaveSector;
import io.pyra.customer.sector.Sector;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The sector form: parent (none for a top-level sector), code on create, names in both languages.
 */
public class SectorForm {

  private UUID parentId;

  @Size(max = 60)
  private String code;

  @Size(max = 200)
  private String nameEn;

  @Size(max = 200)
  private String nameZh;

  private Integer sortOrder = 100;
  private boolean active = true;
  private Long version;

  static SectorForm of(Sector sector) {
    SectorForm form = new SectorForm();
    form.parentId = sector.parentId();
    form.code = sector.code();
    form.nameEn = sector.nameEn();
    form.nameZh = sector.nameZh();
    form.sortOrder = sector.sortOrder();
    form.active = sector.active();
    form.version = sector.version();
    return form;
  }

  SaveSector toCommand() {
    return new SaveSector(parentId, code, nameEn, nameZh, sortOrder, active, version);
  }

  public UUID getParentId() {
    return parentId;
  }

  public void setParentId(UUID parentId) {
    this.parentId = parentId;
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
