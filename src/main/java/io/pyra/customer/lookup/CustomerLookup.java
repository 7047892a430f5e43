package io.pyra.customer.lookup;

import io.pyra.customer.CustomerCard;
import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerRevenue;
import io.pyra.customer.LastContacts;
import io.pyra.customer.directory.CustomerValue;
import io.pyra.customer.directory.CustomerValues;
import io.pyra.customer.profile.CustomerAccess;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.platform.EmailAddress;
import io.pyra.platform.PhoneNumbers;
import io.pyra.platform.query.Where;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Known caller: the customers (of the caller's reach) whose phone or email, or one of whose
 * contacts' phone or email, is the one given, however it was written.
 */
// No transaction of its own: a lookup is two reads (cards, then their contacts) that a telephone
// system fires at every call, and BEGIN/COMMIT would double its round trips to the database.
@Service
public class CustomerLookup {

  private static final int LIMIT = 20;

  private static final String CARDS =
      """
      select c.id, c.code, c.kind, c.name, c.stage, c.owner_id, u.display_name as owner_name,
             k.id as contact_id, k.name as contact_name, k.title, k.phone, k.email
        from (select c.id, c.code, c.kind, c.name, c.name_key, c.stage, c.owner_id from customer_customer c
               where\s""";
  private static final String CARDS_ORDER =
      "order by c.name_key, c.id fetch first "
          + LIMIT
          + " rows only) c"
          + """

            left join identity_user_view u on u.id = c.owner_id
            left join customer_contact k on k.customer_id = c.id
           order by c.name_key, c.id, k.name, k.id""";

  /** How many customers a lookup counts among those the caller may not open. */
  private static final int HIDDEN_LIMIT = 50;

  private static final String HIDDEN =
      """
      select c.id, c.owner_id, c.org_unit_id from customer_customer c
       where\s""";
  private static final String HIDDEN_ORDER =
      "order by c.id fetch first " + HIDDEN_LIMIT + " rows only";

  private static final String BY_PHONE =
      """
      c.id in (select p.customer_id from customer_phone p where p.number = :value
               union select k.customer_id from customer_contact k where k.phone = :value)""";
  private static final String BY_EMAIL =
      """
      c.id in (select e.customer_id from customer_email e where e.address = :value
               union select k.customer_id from customer_contact k where k.email = :value)""";

  private final JdbcClient jdbc;
  private final PhoneNumbers phones;
  private final CustomerAccess access;
  private final ObjectProvider<LastContacts> lastContacts;
  private final IdentityApi identity;
  private final ObjectProvider<CustomerRevenue> revenue;
  private final CustomerValues values;

  CustomerLookup(
      JdbcClient jdbc,
      PhoneNumbers phones,
      CustomerAccess access,
      ObjectProvider<LastContacts> lastContacts,
      IdentityApi identity,
      ObjectProvider<CustomerRevenue> revenue,
      CustomerValues values) {
    this.jdbc = jdbc;
    this.values = values;
    this.phones = phones;
    this.access = access;
    this.lastContacts = lastContacts;
    this.identity = identity;
    this.revenue = revenue;
  }

  /** The normalized phone, or empty when the text is no phone number. */
  public Optional<String> normalizePhone(String phone) {
    return phones.toE164(phone, access.region());
  }

  public List<CustomerCard> byPhone(String phone) {
    return normalizePhone(phone).map(number -> find(BY_PHONE, "phone", number)).orElse(List.of());
  }

  public List<CustomerCard> byEmail(String email) {
    return EmailAddress.parse(email)
        .map(address -> find(BY_EMAIL, "email", address.value()))
        .orElse(List.of());
  }

  /**
   * The customers with this phone (theirs or a contact's) that the caller may not open: only their
   * ids and who owns them, so that the page can name the owning branch and nothing else.
   */
  public List<Hidden> hiddenByPhone(String phone) {
    return normalizePhone(phone).map(number -> hidden(BY_PHONE, number)).orElse(List.of());
  }

  /** The customers with this email (theirs or a contact's) that the caller may not open. */
  public List<Hidden> hiddenByEmail(String email) {
    return EmailAddress.parse(email)
        .map(address -> hidden(BY_EMAIL, address.value()))
        .orElse(List.of());
  }

  /** How many customers the caller may not open and the names of the branches that own them. */
  public OutOfScope outOfScope(List<Hidden> hidden) {
    if (hidden.isEmpty()) {
      return OutOfScope.NONE;
    }
    Map<OrgUnitId, String> names =
        identity.orgUnitNames(hidden.stream().map(Hidden::orgUnitId).distinct().toList());
    return new OutOfScope(
        hidden.size(),
        hidden.stream()
            .map(h -> names.get(h.orgUnitId()))
            .filter(java.util.Objects::nonNull)
            .distinct()
            .sorted()
            .toList());
  }

  private List<Hidden> hidden(String match, String value) {
    return new Where()
            .and("c.deleted_at is null")
            .and(match, "value", value)
            .query(jdbc, HIDDEN, HIDDEN_ORDER)
            .query(
                (rs, n) ->
                    new Hidden(
                        new CustomerId(rs.getObject("id", UUID.class)),
                        rs.getObject("owner_id", UUID.class),
                        new OrgUnitId(rs.getObject("org_unit_id", UUID.class))))
            .list()
            .stream()
            .filter(h -> !access.reaches("customer.read", h.ownerId(), h.orgUnitId().value()))
            .toList();
  }

  /** A customer the caller may not open: its id (never shown), owner and owning org unit. */
  public record Hidden(CustomerId id, UUID ownerId, OrgUnitId orgUnitId) {}

  // One UNION of the matching ids, not two ORed sub-queries: PostgreSQL then looks the ids up by
  // index instead of filtering every customer in name order. The cards and their contacts come in
  // one statement (a card per customer, then a row per contact): a lookup is one round trip.
  private List<CustomerCard> find(String match, String contactColumn, String value) {
    var spec =
        new Where()
            .and("c.deleted_at is null")
            .and(access.condition("customer.read"))
            .and(match, "value", value)
            .query(jdbc, CARDS, CARDS_ORDER);
    Map<UUID, CardRows> cards = new LinkedHashMap<>();
    spec.query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              CardRows card = cards.get(id);
              if (card == null) {
                card =
                    new CardRows(
                        id,
                        rs.getString("code"),
                        rs.getString("kind"),
                        rs.getString("name"),
                        rs.getString("stage"),
                        rs.getObject("owner_id", UUID.class),
                        rs.getString("owner_name"),
                        new ArrayList<>());
                cards.put(id, card);
              }
              UUID contactId = rs.getObject("contact_id", UUID.class);
              if (contactId != null) {
                card.contacts()
                    .add(
                        new CustomerCard.Contact(
                            contactId,
                            rs.getString("contact_name"),
                            rs.getString("title"),
                            rs.getString("phone"),
                            rs.getString("email"),
                            value.equals(rs.getString(contactColumn))));
              }
              return n;
            })
        .list();
    return cards.values().stream()
        .map(
            r ->
                new CustomerCard(
                    new CustomerId(r.id()),
                    r.code(),
                    r.kind(),
                    r.name(),
                    r.stage(),
                    UserId.ofNullable(r.ownerId()),
                    r.ownerName(),
                    List.copyOf(r.contacts()),
                    null,
                    null,
                    null,
                    null,
                    null))
        .collect(
            java.util.stream.Collectors.collectingAndThen(
                java.util.stream.Collectors.toList(), c -> withValues(withRevenue(c))));
  }

  /** The cards with the value tiers and grades the caller may see (one read for all the cards). */
  private List<CustomerCard> withValues(List<CustomerCard> cards) {
    if (cards.isEmpty()) {
      return cards;
    }
    Map<UUID, CustomerValue> known = values.of(cards.stream().map(c -> c.id().value()).toList());
    return cards.stream()
        .map(
            card -> {
              CustomerValue value = known.getOrDefault(card.id().value(), CustomerValue.NONE);
              return value.isEmpty()
                  ? card
                  : card.withValue(
                      value.tier() == null ? null : value.tier().name(),
                      value.grade() == null ? null : value.grade().name());
            })
        .toList();
  }

  /**
   * The cards with their lifetime revenue, from the module that keeps orders (one read for all the
   * cards); absent without that module or when the caller may not see revenue.
   */
  private List<CustomerCard> withRevenue(List<CustomerCard> cards) {
    CustomerRevenue source = revenue.getIfAvailable();
    if (source == null || cards.isEmpty()) {
      return cards;
    }
    Map<CustomerId, java.math.BigDecimal> known =
        source.lifetimeRevenue(cards.stream().map(CustomerCard::id).toList());
    return cards.stream().map(card -> card.withLifetimeRevenue(known.get(card.id()))).toList();
  }

  /**
   * The cards with their latest contact records, from the module that logs them (one read for all
   * the cards). The page does not need this: its contact panel loads them itself.
   */
  public List<CustomerCard> withLastContacts(List<CustomerCard> cards) {
    LastContacts source = lastContacts.getIfAvailable();
    if (source == null || cards.isEmpty()) {
      return cards;
    }
    Map<CustomerId, List<CustomerCard.LastContact>> latest =
        source.latest(cards.stream().map(CustomerCard::id).toList(), CustomerCard.LAST_CONTACTS);
    return cards.stream()
        .map(card -> card.withLastContacts(latest.getOrDefault(card.id(), List.of())))
        .toList();
  }

  private record CardRows(
      UUID id,
      String code,
      String kind,
      String name,
      String stage,
      UUID ownerId,
      String ownerName,
      List<CustomerCard.Contact> contacts) {}
}
