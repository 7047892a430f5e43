package io.pyra.customer.directory;

import io.pyra.customer.CustomerKind;
import io.pyra.customer.LifecycleStage;
import io.pyra.platform.LocalizedName;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One customer as the list, search, API list and export show it. {@code customFields} maps field
 * codes to values (a list for multiple choice); {@code tier} and {@code grade} are the customer's
 * value tier and grade when it has them and the viewer may see them ({@link CustomerValues}), else
 * null.
 */
public record CustomerRow(
    UUID id,
    String code,
    CustomerKind kind,
    String name,
    LifecycleStage stage,
    UUID ownerId,
    String ownerName,
    UUID orgUnitId,
    String orgUnitName,
    String sector,
    String sectorNameEn,
    String sectorNameZh,
    String city,
    List<String> phones,
    List<String> emails,
    List<String> tags,
    Map<String, Object> customFields,
    ValueTier tier,
    ValueGrade grade,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public String phone() {
    return phones.isEmpty() ? null : phones.getFirst();
  }

  public String email() {
    return emails.isEmpty() ? null : emails.getFirst();
  }

  public String sectorName(Locale locale) {
    return new LocalizedName(sectorNameEn, sectorNameZh).in(locale);
  }
}
