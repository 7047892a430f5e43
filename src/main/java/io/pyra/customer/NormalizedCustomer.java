package io.pyra.customer;

import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A customer's description after validation and normalization (E.164 phones, lower-case emails,
 * resolved sector), as the bulk import writes it: records equal by value when nothing changed.
 */
public record NormalizedCustomer(
    CustomerKind kind,
    String name,
    String nameKey,
    LifecycleStage stage,
    UserId ownerId,
    OrgUnitId orgUnitId,
    UUID sectorId,
    String country,
    String province,
    String city,
    String street,
    String postalCode,
    String education,
    String interests,
    String industry,
    Integer employeeCount,
    String coreCompetencies,
    String competitors,
    String background,
    List<String> phones,
    List<String> emails,
    Set<String> tags,
    Set<Value> fieldValues) {

  /**
   * One custom field value; numbers without trailing zeros so that stored and read values compare
   * equal.
   */
  public record Value(
      UUID fieldId, int position, String text, BigDecimal number, LocalDate date, Boolean bool) {

    public Value {
      number = number == null ? null : number.stripTrailingZeros();
    }
  }
}
