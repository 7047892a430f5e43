package io.pyra.customer.profile;

import java.util.Map;
import java.util.UUID;

/**
 * Merge {@code mergedId} into {@code survivorId}. {@code fields} picks, per field, whose value to
 * keep: {@code survivor} (the default), {@code merged}, or for lists (phones, emails, tags) {@code
 * both}. The versions, when given, must be those the user saw.
 */
public record MergeCustomers(
    UUID survivorId,
    UUID mergedId,
    Map<String, String> fields,
    Long survivorVersion,
    Long mergedVersion) {

  /** The fields a merge chooses between, in the order the merge page shows them. */
  public static final java.util.List<String> FIELDS =
      java.util.List.of(
          "name",
          "stage",
          "owner",
          "orgUnit",
          "sector",
          "address",
          "profile",
          "phones",
          "emails",
          "tags",
          "consents",
          "customFields");

  /** The fields whose values can be combined ({@code both}). */
  public static final java.util.Set<String> COMBINABLE =
      java.util.Set.of("phones", "emails", "tags", "customFields");
}
