package io.pyra.customer.profile;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.platform.query.Like;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds customers that are likely the one being entered: the same normalized phone or email, or the
 * same or a very similar name in the same city. Looks at every live customer, whoever can see them,
 * since a duplicate hidden from the user is still a duplicate; but of one the user may not read
 * ({@code customer.read}) it tells only the reason and the unit's name, never its id, code, name or
 * contact data.
 */
@Component
class DuplicateFinder {

  private static final int LIMIT = 10;

  private final JdbcClient jdbc;
  private final CustomerAccess access;
  private final IdentityApi identity;

  DuplicateFinder(JdbcClient jdbc, CustomerAccess access, IdentityApi identity) {
    this.jdbc = jdbc;
    this.access = access;
    this.identity = identity;
  }

  /** A stored customer matching the one being saved, with what decides who may see it. */
  record Match(
      UUID id,
      String code,
      String name,
      String city,
      String reason,
      UUID ownerId,
      UUID orgUnitId) {}

  List<DuplicateCandidate> find(CustomerDetails details, UUID excluding) {
    return shown(matches(details, excluding));
  }

  /**
   * The likely duplicates of a person known only by a name, E.164 phones and lower-case e-mails (a
   * lead): the same phone or e-mail, or a similar name in any city; same visibility rules.
   */
  List<DuplicateCandidate> find(String name, List<String> phones, List<String> emails) {
    Map<UUID, Match> found = new LinkedHashMap<>();
    UUID self = new UUID(0, 0);
    phones.forEach(p -> add(found, byPhone(p, self)));
    emails.forEach(e -> add(found, byEmail(e, self)));
    String key = NameKey.of(name);
    if (key.length() >= 2) {
      List<Match> named =
          jdbc.sql(
                  """
              select c.id, c.code, c.name, c.city, 'name' as reason, c.owner_id, c.org_unit_id from customer_customer c
               where c.deleted_at is null and (c.name_key = :key or c.name_key like :prefix)
               order by c.id fetch first 200 rows only""")
              .param("key", key)
              .param("prefix", Like.startsWith(key.substring(0, Math.min(key.length(), 4))))
              .query(Match.class)
              .list();
      add(found, named.stream().filter(c -> similar(key, NameKey.of(c.name()))).toList());
    }
    return shown(found.values().stream().limit(LIMIT).toList());
  }

  private List<DuplicateCandidate> shown(List<Match> matches) {
    List<DuplicateCandidate> shown = new ArrayList<>();
    Set<String> hiddenShown = new HashSet<>();
    for (Match match : matches) {
      String unit =
          identity
              .orgUnit(OrgUnitId.ofNullable(match.orgUnitId()))
              .map(OrgUnitSummary::name)
              .orElse(null);
      if (access.reaches("customer.read", match.ownerId(), match.orgUnitId())) {
        shown.add(
            new DuplicateCandidate(
                match.id(), match.code(), match.name(), match.city(), match.reason(), unit));
      } else if (hiddenShown.add(match.orgUnitId() + "/" + match.reason())) {
        // one line per unit and reason: how many of a unit's customers match is not the user's to
        // count
        shown.add(DuplicateCandidate.hidden(match.reason(), unit));
      }
    }
    return shown;
  }

  /**
   * The matches the current user may not read: for asking their owners, never for showing. Same
   * rules as {@link #find}: whatever {@code find} names only by its unit is here.
   */
  List<Match> hidden(CustomerDetails details, UUID excluding) {
    return matches(details, excluding).stream()
        .filter(m -> !access.reaches("customer.read", m.ownerId(), m.orgUnitId()))
        .toList();
  }

  private List<Match> matches(CustomerDetails details, UUID excluding) {
    Map<UUID, Match> found = new LinkedHashMap<>();
    UUID self = excluding == null ? new UUID(0, 0) : excluding;
    for (Phone phone : details.phones()) {
      add(found, byPhone(phone.number(), self));
    }
    for (Email email : details.emails()) {
      add(found, byEmail(email.address(), self));
    }
    String key = NameKey.of(details.name());
    if (key.length() >= 2 && details.address().city() != null) {
      List<Match> sameCity =
          jdbc.sql(
                  """
              select c.id, c.code, c.name, c.city, 'name' as reason, c.owner_id, c.org_unit_id from customer_customer c
               where lower(c.city) = lower(:city) and c.id <> :self and c.deleted_at is null
                 and (c.name_key = :key or c.name_key like :prefix)""")
              .param("city", details.address().city())
              .param("self", self)
              .param("key", key)
              .param("prefix", Like.startsWith(key.substring(0, Math.min(key.length(), 4))))
              .query(Match.class)
              .list();
      add(found, sameCity.stream().filter(c -> similar(key, NameKey.of(c.name()))).toList());
    }
    return found.values().stream().limit(LIMIT).toList();
  }

  private List<Match> byPhone(String number, UUID self) {
    return jdbc.sql(
            """
        select c.id, c.code, c.name, c.city, 'phone' as reason, c.owner_id, c.org_unit_id from customer_customer c
          join customer_phone p on p.customer_id = c.id
         where p.number = :number and c.id <> :self and c.deleted_at is null""")
        .param("number", number)
        .param("self", self)
        .query(Match.class)
        .list();
  }

  private List<Match> byEmail(String address, UUID self) {
    return jdbc.sql(
            """
        select c.id, c.code, c.name, c.city, 'email' as reason, c.owner_id, c.org_unit_id from customer_customer c
          join customer_email e on e.customer_id = c.id
         where e.address = :address and c.id <> :self and c.deleted_at is null""")
        .param("address", address)
        .param("self", self)
        .query(Match.class)
        .list();
  }

  /** Equal, or one edit apart per five characters (typos, a dropped word ending). */
  static boolean similar(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int allowed = Math.max(1, Math.max(a.length(), b.length()) / 5);
    return Math.abs(a.length() - b.length()) <= allowed && distance(a, b) <= allowed;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static void add(Map<UUID, Match> found, List<Match> candidates) {
    candidates.forEach(c -> found.putIfAbsent(c.id(), c));
  }
}
