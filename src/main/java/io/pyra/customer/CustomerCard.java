package io.pyra.customer;

import io.pyra.identity.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a user sees at once when a known customer calls: who it is, who owns it, its contacts, its
 * latest contact records ({@link LastContacts}), its lifetime revenue ({@link CustomerRevenue}),
 * its value tier ({@code TOP}, {@code HIGH}, {@code MIDDLE}, {@code LOW}) and ABC grade ({@code A},
 * {@code B}, {@code C}: each null without one or for a user whose value.read does not reach it),
 * and the place a later module will fill ({@code openCases}): {@code null} until that module
 * exists, so that nobody reads "no open cases" where nothing was counted. The API answers it as
 * {@code CustomerCardResponse} of the web layer, with the ids as plain UUIDs.
 */
public record CustomerCard(
    CustomerId id,
    String code,
    String kind,
    String name,
    String stage,
    UserId ownerId,
    String ownerName,
    List<Contact> contacts,
    String tier,
    String grade,
    BigDecimal lifetimeRevenue,
    List<Object> openCases,
    List<LastContact> lastContacts) {

  /** How many of the latest contact records a card shows. */
  public static final int LAST_CONTACTS = 5;

  /**
   * A contact person of the customer; {@code matched} when the phone or email searched for is
   * theirs.
   */
  public record Contact(
      UUID id, String name, String title, String phone, String email, boolean matched) {}

  /**
   * A contact record as the card shows it: when, of which type (code and name in the reader's
   * language), by which channel and direction, its subject and who logged it.
   */
  public record LastContact(
      UUID id,
      Instant occurredAt,
      String type,
      String typeName,
      String channel,
      String direction,
      String subject,
      UserId authorId,
      String authorName) {}

  /** This card with its latest contact records. */
  public CustomerCard withLastContacts(List<LastContact> records) {
    return new CustomerCard(
        id,
        code,
        kind,
        name,
        stage,
        ownerId,
        ownerName,
        contacts,
        tier,
        grade,
        lifetimeRevenue,
        openCases,
        records);
  }

  /** This card with its value tier and grade (each {@code null}: none, or not to be shown). */
  public CustomerCard withValue(String tierValue, String gradeValue) {
    return new CustomerCard(
        id,
        code,
        kind,
        name,
        stage,
        ownerId,
        ownerName,
        contacts,
        tierValue,
        gradeValue,
        lifetimeRevenue,
        openCases,
        lastContacts);
  }

  /** This card with its lifetime revenue in the base currency ({@code null}: not known). */
  public CustomerCard withLifetimeRevenue(BigDecimal revenue) {
    return new CustomerCard(
        id,
        code,
        kind,
        name,
        stage,
        ownerId,
        ownerName,
        contacts,
        tier,
        grade,
        revenue,
        openCases,
        lastContacts);
  }
}
