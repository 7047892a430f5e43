package io.pyra.customer.sector;

import io.pyra.platform.taxonomy.TaxonomyTerm;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A node of the sector taxonomy (sector → sub-sector). */
@Entity
@Table(name = "customer_sector")
public class Sector extends TaxonomyTerm {

  protected Sector() {}

  Sector(UUID parentId, String code) {
    super(parentId, code);
  }
}
