package io.pyra.sales.pipeline;

import io.pyra.platform.taxonomy.TaxonomyTerm;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A term of the taxonomy of the reason a deal is lost. */
@Entity
@Table(name = "sales_lost_reason")
public class LostReason extends TaxonomyTerm {

  protected LostReason() {}

  LostReason(UUID parentId, String code) {
    super(parentId, code);
  }
}
