package io.pyra.marketing.lead;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerDuplicate;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * The likely duplicates of a lead being entered: customers (the customer module's matching) and
 * other open or converted leads with the same phone (either of both), the same e-mail, or a similar
 * name (the customer module's rule: equal keys, or one edit per five characters). Every lead is
 * looked at, whoever reaches it; one the user may not read ({@code lead.read}) is told only by its
 * reason and unit, once per unit and reason.
 */
@Component
@Transactional(readOnly = true)
public class LeadDuplicates {

  private static final int LIMIT = 10;

  private final JdbcClient jdbc;
  private final CustomerApi customers;
  private final IdentityApi identity;
  private final LeadAccess access;

  LeadDuplicates(JdbcClient jdbc, CustomerApi customers, IdentityApi identity, LeadAccess access) {
    this.jdbc = jdbc;
    this.customers = customers;
    this.identity = identity;
    this.access = access;
  }

  record Match(UUID id, String name, String reason, UUID ownerId, UUID orgUnitId) {}

  /** Customers first, then leads; {@code self} is the lead being edited (null for a new one). */
  public List<LeadDuplicate> find(String name, List<String> phones, String email, UUID self) {
    List<LeadDuplicate> found = new ArrayList<>();
    List<String> emails = email == null ? List.of() : List.of(email);
    for (CustomerDuplicate c : customers.likelyDuplicates(name, phones, emails)) {
      found.add(
          new LeadDuplicate(
              LeadDuplicate.Kind.CUSTOMER,
              c.id() == null ? null : c.id().value(),
              c.code(),
              c.name(),
              c.reason(),
              c.orgUnit()));
    }
    Set<String> hiddenShown = new HashSet<>();
    for (Match match : leads(name, phones, email, self)) {
      String unit =
          identity
              .orgUnit(OrgUnitId.ofNullable(match.orgUnitId()))
              .map(OrgUnitSummary::name)
              .orElse(null);
      if (access.sees(match.ownerId(), match.orgUnitId())) {
        found.add(
            new LeadDuplicate(
                LeadDuplicate.Kind.LEAD, match.id(), null, match.name(), match.reason(), unit));
      } else if (hiddenShown.add(hiddenKey(match))) {
        found.add(
            new LeadDuplicate(LeadDuplicate.Kind.LEAD, null, null, null, match.reason(), unit));
      }
    }
    return found;
  }

  /** One line per unit and reason: how many of a unit's leads match is not the user's to count. */
  private static String hiddenKey(Match match) {
    return match.orgUnitId() + "/" + match.reason();
  }

  private List<Match> leads(String name, List<String> phones, String email, UUID self) {
    Map<UUID, Match> found = new LinkedHashMap<>();
    UUID excluded = self == null ? new UUID(0, 0) : self;
    for (String phone : phones) {
      add(
          found,
          jdbc.sql(
                  """
                  select l.id, l.name, 'phone' as reason, l.owner_id, l.org_unit_id from marketing_lead l
                   where (l.phone = :number or l.phone_other = :number) and l.id <> :self
                     and l.status <> 'DISQUALIFIED'
                   order by l.created_at desc, l.id fetch first 10 rows only""")
              .param("number", phone)
              .param("self", excluded)
              .query(Match.class)
              .list());
    }
    if (email != null) {
      add(
          found,
          jdbc.sql(
                  """
                  select l.id, l.name, 'email' as reason, l.owner_id, l.org_unit_id from marketing_lead l
                   where l.email = :email and l.id <> :self and l.status <> 'DISQUALIFIED'
                   order by l.created_at desc, l.id fetch first 10 rows only""")
              .param("email", email)
              .param("self", excluded)
              .query(Match.class)
              .list());
    }
    String key = LeadNames.key(name);
    if (key.length() >= 2) {
      List<Match> named =
          jdbc.sql(
                  """
                  select l.id, l.name, 'name' as reason, l.owner_id, l.org_unit_id from marketing_lead l
                   where lower(l.name) like :prefix and l.id <> :self and l.status <> 'DISQUALIFIED'
                   order by l.created_at desc, l.id fetch first 200 rows only""")
              .param("prefix", Like.startsWith(key.substring(0, 2)))
              .param("self", excluded)
              .query(Match.class)
              .list();
      add(
          found,
          named.stream().filter(m -> LeadNames.similar(key, LeadNames.key(m.name()))).toList());
    }
    return found.values().stream().limit(LIMIT).toList();
  }

  private static void add(Map<UUID, Match> found, List<Match> candidates) {
    candidates.forEach(c -> found.putIfAbsent(c.id(), c));
  }
}
