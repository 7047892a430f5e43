package io.pyra.marketing.mailing;

import io.pyra.customer.AudienceMember;
import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.Where;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people of an audience as the current user may reach them: the customers matching the saved
 * filter that they may read (the customer module evaluates it, a page at a time) and the leads of
 * the audience's campaign within their {@code lead.read} reach. A lead already converted into one
 * of those customers counts once, as the customer. At most {@value #MAX_PEOPLE} people: a larger
 * audience is refused (422), never cut silently.
 */
@Component
class AudiencePeople {

  static final int MAX_PEOPLE = 20_000;
  private static final int PAGE = 1000;

  private final CustomerApi customers;
  private final JdbcClient jdbc;
  private final MailingAccess access;

  AudiencePeople(CustomerApi customers, JdbcClient jdbc, MailingAccess access) {
    this.customers = customers;
    this.jdbc = jdbc;
    this.access = access;
  }

  List<Candidate> of(AudienceRow audience, String leadLanguage) {
    List<Candidate> people = new ArrayList<>();
    Set<UUID> customerIds = new HashSet<>();
    if (audience.customers()) {
      CustomerId after = null;
      while (true) {
        List<AudienceMember> page = customers.audience(audience.filterQuery(), after, PAGE);
        for (AudienceMember m : page) {
          customerIds.add(m.id().value());
          people.add(
              new Candidate(
                  PersonKind.CUSTOMER,
                  m.id().value(),
                  m.name(),
                  m.email(),
                  m.phone(),
                  m.emailConsent(),
                  m.smsConsent(),
                  m.language().equals(Locale.SIMPLIFIED_CHINESE) ? "zh-CN" : "en"));
          refuseIfTooMany(people);
        }
        if (page.size() < PAGE) {
          break;
        }
        after = page.getLast().id();
      }
    }
    if (audience.leadCampaignId() != null && access.has("lead.read")) {
      List<Candidate> leads =
          new Where()
              .and("l.campaign_id = :campaignId", "campaignId", audience.leadCampaignId())
              .and(access.condition("lead.read", "l.owner_id", "l.org_unit_id"))
              .param("limit", MAX_PEOPLE + 1)
              .query(
                  jdbc,
                  """
                  select l.id, l.name, l.email, coalesce(l.phone, l.phone_other), l.consent_email,
                         l.consent_sms, l.customer_id
                    from marketing_lead l where\s""",
                  "order by l.id limit :limit")
              .query(
                  (rs, n) -> {
                    UUID customerId = rs.getObject(7, UUID.class);
                    if (customerId != null && customerIds.contains(customerId)) {
                      return null;
                    }
                    return new Candidate(
                        PersonKind.LEAD,
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getBoolean(6),
                        leadLanguage);
                  })
              .list();
      for (Candidate lead : leads) {
        if (lead != null) {
          people.add(lead);
          refuseIfTooMany(people);
        }
      }
    }
    return people;
  }

  private static void refuseIfTooMany(List<Candidate> people) {
    if (people.size() > MAX_PEOPLE) {
      throw new BusinessRuleException(
          "audience", "max-count", "mailing.audience.too-large", MAX_PEOPLE);
    }
  }
}
