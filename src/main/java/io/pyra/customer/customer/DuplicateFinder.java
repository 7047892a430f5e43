package io.pyra.customer.customer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds customers that are likely the one being entered: the same normalized phone or email, or
 * the same or a very similar name in the same city. Looks at every live customer, whoever can see
 * them, since a duplicate hidden from the user is still a duplicate (only code and name are shown).
 */
@Component
class DuplicateFinder {

  private static final int LIMIT = 10;

  private final JdbcClient jdbc;

  DuplicateFinder(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<DuplicateCandidate> find(CustomerDetails details, UUID excluding) {
    Map<UUID, DuplicateCandidate> found = new LinkedHashMap<>();
    UUID self = excluding == null ? new UUID(0, 0) : excluding;
    for (Phone phone : details.phones()) {
      add(found, jdbc.sql("""
              select c.id, c.code, c.name, c.city, 'phone' as reason from customer_customer c
                join customer_phone p on p.customer_id = c.id
               where p.number = :number and c.id <> :self and c.deleted_at is null""")
          .param("number", phone.number()).param("self", self).query(DuplicateCandidate.class).list());
    }
    for (Email email : details.emails()) {
      add(found, jdbc.sql("""
              select c.id, c.code, c.name, c.city, 'email' as reason from customer_customer c
                join customer_email e on e.customer_id = c.id
               where e.address = :address and c.id <> :self and c.deleted_at is null""")
          .param("address", email.address()).param("self", self).query(DuplicateCandidate.class).list());
    }
    String key = NameKey.of(details.name());
    if (key.length() >= 2 && details.address().city() != null) {
      List<DuplicateCandidate> sameCity = jdbc.sql("""
              select c.id, c.code, c.name, c.city, 'name' as reason from customer_customer c
               where lower(c.city) = lower(:city) and c.id <> :self and c.deleted_at is null
                 and (c.name_key = :key or c.name_key like :prefix)""")
          .param("city", details.address().city()).param("self", self).param("key", key)
          .param("prefix", escape(key.substring(0, Math.min(key.length(), 4))) + "%")
          .query(DuplicateCandidate.class).list();
      add(found, sameCity.stream().filter(c -> similar(key, NameKey.of(c.name()))).toList());
    }
    return found.values().stream().limit(LIMIT).toList();
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
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static void add(Map<UUID, DuplicateCandidate> found, List<DuplicateCandidate> candidates) {
    candidates.forEach(c -> found.putIfAbsent(c.id(), c));
  }
}
