package io.pyra.marketing.channel;

import io.pyra.platform.taxonomy.TaxonomyTerm;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A term of the taxonomy of channels a campaign runs on (search ads, social media, events …). */
@Entity
@Table(name = "marketing_channel")
public class Channel extends TaxonomyTerm {

  protected Channel() {}

  Channel(UUID parentId, String code) {
    super(parentId, code);
  }
}
