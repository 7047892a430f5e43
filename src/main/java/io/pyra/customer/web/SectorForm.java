package io.pyra.customer.web;

import io.pyra.customer.sector.SaveSector;
import io.pyra.customer.sector.Sector;
import io.pyra.platform.taxonomy.TermForm;
import java.util.UUID;

/**
 * The sector form: parent (none for a top-level sector), code on create, names in both languages.
 */
public class SectorForm extends TermForm {

  private UUID parentId;

  static SectorForm of(Sector sector) {
    SectorForm form = new SectorForm();
    form.fill(sector);
    form.parentId = sector.parentId();
    return form;
  }

  SaveSector toCommand() {
    return new SaveSector(
        parentId, getCode(), getNameEn(), getNameZh(), getSortOrder(), isActive(), getVersion());
  }

  public UUID getParentId() {
    return parentId;
  }

  public void setParentId(UUID parentId) {
    this.parentId = parentId;
  }
}
