package io.pyra.customer.web;

import io.pyra.customer.CustomerCard;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A known-caller card ({@link CustomerCard}) as the API answers it: the same values, with the ids
 * as plain UUIDs.
 */
@Schema(name = "CustomerCard")
record CustomerCardResponse(
    UUID id,
    String code,
    String kind,
    String name,
    String stage,
    UUID ownerId,
    String ownerName,
    List<Contact> contacts,
    @Schema(
            nullable = true,
            description =
                "The customer's value tier (TOP, HIGH, MIDDLE, LOW) at the latest month end of the"
                    + " REVENUE_SHARES pyramid; null when it has none (not active in the window) or"
                    + " when your value.read does not reach the customer")
        String tier,
    @Schema(
            nullable = true,
            description =
                "The customer's ABC grade (A, B, C): the manager's unexpired override, else the"
                    + " grade the ABC scheme last computed; null when it has none or when your"
                    + " value.read does not reach the customer")
        String grade,
    @Schema(
            nullable = true,
            description =
                "Revenue over the customer's lifetime; always null until the sales "
                    + "module records revenue (null means not known, not zero)")
        BigDecimal lifetimeRevenue,
    @Schema(
            nullable = true,
            description =
                "The customer's open support cases; always null until the support "
                    + "module exists (null means not known, not 'none')")
        List<Object> openCases,
    @Schema(
            nullable = true,
            description =
                "The customer's latest contact records you may read, newest first "
                    + "(at most "
                    + CustomerCard.LAST_CONTACTS
                    + "); empty when none was logged")
        List<LastContact> lastContacts) {

  /** See {@link CustomerCard.Contact}. */
  @Schema(name = "Contact")
  record Contact(UUID id, String name, String title, String phone, String email, boolean matched) {}

  /** See {@link CustomerCard.LastContact}. */
  @Schema(name = "LastContact")
  record LastContact(
      UUID id,
      Instant occurredAt,
      String type,
      String typeName,
      String channel,
      String direction,
      String subject,
      UUID authorId,
      String authorName) {}

  /**
   * The customers of a lookup that the caller may not open, as the caller may learn of them: how
   * many, and the names of the branches that own them.
   */
  @Schema(name = "LookupOutOfScope")
  record OutOfScope(
      @Schema(description = "How many customers with this phone or email you may not open")
          int count,
      @Schema(description = "The names of the branches (org units) that own them") @Size(max = 50)
          List<String> branches) {

    static OutOfScope of(io.pyra.customer.lookup.OutOfScope hidden) {
      return hidden == null || !hidden.any()
          ? null
          : new OutOfScope(hidden.count(), hidden.branches());
    }
  }

  static CustomerCardResponse of(CustomerCard card) {
    return new CustomerCardResponse(
        card.id().value(),
        card.code(),
        card.kind(),
        card.name(),
        card.stage(),
        card.ownerId() == null ? null : card.ownerId().value(),
        card.ownerName(),
        card.contacts() == null
            ? null
            : card.contacts().stream()
                .map(
                    c ->
                        new Contact(c.id(), c.name(), c.title(), c.phone(), c.email(), c.matched()))
                .toList(),
        card.tier(),
        card.grade(),
        card.lifetimeRevenue(),
        card.openCases(),
        card.lastContacts() == null
            ? null
            : card.lastContacts().stream()
                .map(
                    r ->
                        new LastContact(
                            r.id(),
                            r.occurredAt(),
                            r.type(),
                            r.typeName(),
                            r.channel(),
                            r.direction(),
                            r.subject(),
                            r.authorId() == null ? null : r.authorId().value(),
                            r.authorName()))
                .toList());
  }
}
