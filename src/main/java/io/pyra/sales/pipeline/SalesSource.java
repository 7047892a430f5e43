package io.pyra.sales.pipeline;

import io.pyra.platform.taxonomy.TaxonomyTerm;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A term of the taxonomy of the where opportunities come from. */
@Entity
@Table(name = "sales_source")
public class SalesSource extends TaxonomyTerm {

  protected SalesSource() {}

  SalesSource(UUID parentId, String code) {
    super(parentId, code);
  }
}
