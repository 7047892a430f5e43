package io.pyra.customer;

import io.pyra.customer.profile.ImportNormalization;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.platform.error.RuleViolation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What the import (integration module) may use of the customer module: the form's validation and
 * normalization for one row, the code format, the reach check, the custom field catalogue, and a
 * customer's card for vCard export. Bulk writes are the importer's own set-based SQL.
 */
@Service
public class CustomerImportApi {

  private final ImportNormalization normalization;

  CustomerImportApi(ImportNormalization normalization) {
    this.normalization = normalization;
  }

  /** Validates and normalizes a row; {@code actingUserId} is the default owner. */
  public Result normalize(ImportCustomerInput input, UserId actingUserId) {
    return normalization.normalize(input, UserId.valueOrNull(actingUserId));
  }

  /**
   * A batch for one import run: the same validation and reach rules, with owners, org units,
   * sectors and custom field definitions looked up once per run instead of once per row.
   */
  public Batch batch() {
    return new Batch(normalization.batch());
  }

  /** Normalization and reach checks for the many rows of one run. */
  public static final class Batch {

    private final ImportNormalization.Batch batch;

    private Batch(ImportNormalization.Batch batch) {
      this.batch = batch;
    }

    public Result normalize(ImportCustomerInput input, UserId actingUserId) {
      return batch.normalize(input, UserId.valueOrNull(actingUserId));
    }

    public boolean reaches(String permission, UserId ownerId, OrgUnitId orgUnitId) {
      return batch.reaches(
          permission, UserId.valueOrNull(ownerId), OrgUnitId.valueOrNull(orgUnitId));
    }
  }

  /** The customer code for a number from {@code customer_code_seq}, e.g. {@code C-000123}. */
  public String formatCode(long number) {
    return normalization.formatCode(number);
  }

  /**
   * Whether the current user's scope for {@code permission} reaches a customer of this owner and
   * unit.
   */
  public boolean reaches(String permission, UserId ownerId, OrgUnitId orgUnitId) {
    return normalization.reaches(
        permission, UserId.valueOrNull(ownerId), OrgUnitId.valueOrNull(orgUnitId));
  }

  public List<FieldInfo> customFields() {
    return normalization.customFields();
  }

  /**
   * The customer's card when the current user may read it (merged codes resolve to the survivor).
   */
  public Optional<Card> card(CustomerId id) {
    return normalization.card(id.value());
  }

  /** A normalized customer, or the rules the row breaks. */
  public record Result(NormalizedCustomer customer, List<RuleViolation> violations) {

    public boolean valid() {
      return violations.isEmpty();
    }
  }

  /**
   * A custom field definition: code, labels and type name (TEXT, NUMBER, DATE, BOOLEAN, CHOICE,
   * MULTI_CHOICE).
   */
  public record FieldInfo(UUID id, String code, String labelEn, String labelZh, String type) {}

  /** What a business card shows of a customer, for vCard export. */
  public record Card(
      CustomerId id,
      String code,
      CustomerKind kind,
      String name,
      List<String> phones,
      List<String> emails,
      String country,
      String province,
      String city,
      String street,
      String postalCode,
      List<String> tags,
      String note,
      java.time.Instant updatedAt) {}
}
