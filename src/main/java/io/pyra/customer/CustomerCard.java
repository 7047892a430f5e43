package io.pyra.customer;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a user sees at once when a known customer calls: who it is, who owns it, its contacts,
 * and the places later modules fill ({@code tier}, {@code grade}, {@code lifetimeRevenue},
 * {@code openCases}, {@code lastContacts}; empty until those modules exist).
 */
public record CustomerCard(
    UUID id,
    String code,
    String kind,
    String name,
    String stage,
    UUID ownerId,
    String ownerName,
    List<Contact> contacts,
    String tier,
    String grade,
    BigDecimal lifetimeRevenue,
    List<Object> openCases,
    List<Object> lastContacts) {

  /** A contact person of the customer; {@code matched} when the phone or email searched for is theirs. */
  public record Contact(UUID id, String name, String title, String phone, String email, boolean matched) {}
}
