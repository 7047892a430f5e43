package io.pyra.marketing.mailing;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.marketing.mailing.CampaignCounters.Kind;
import io.pyra.platform.SqlTime;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an unsubscribe link does: a valid token withdraws the person's consent to the link's channel
 * at once (a customer's through the customer module, which audits it; a lead's in its consent
 * column), marks the mailing's recipient row and counts one unsubscribe for the campaign the first
 * time. An invalid (tampered) token changes nothing.
 */
@Service
public class Unsubscribes {

  /** A valid link: the channel it stops and the language to answer in. */
  public record Link(MailingChannel channel, String language) {}

  private final UnsubscribeTokens tokens;
  private final CustomerApi customers;
  private final JdbcClient jdbc;
  private final CampaignCounters counters;

  Unsubscribes(
      UnsubscribeTokens tokens, CustomerApi customers, JdbcClient jdbc, CampaignCounters counters) {
    this.tokens = tokens;
    this.customers = customers;
    this.jdbc = jdbc;
    this.counters = counters;
  }

  /** What the token names, when it is valid; empty for a tampered one. */
  public Optional<Link> check(String token) {
    return tokens.verify(token).map(s -> new Link(s.channel(), language(s)));
  }

  /** Records the opt-out; empty (and nothing changed) for a tampered token. */
  @Transactional
  public Optional<Link> unsubscribe(String token) {
    Optional<UnsubscribeTokens.Subject> subject = tokens.verify(token);
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    UnsubscribeTokens.Subject s = subject.get();
    String source = source(s);
    if (s.kind() == PersonKind.CUSTOMER) {
      customers.withdrawConsent(new CustomerId(s.personId()), s.channel().consent(), source);
    } else {
      jdbc.sql(
              s.channel() == MailingChannel.EMAIL
                  ? """
                    update marketing_lead set consent_email = false, consent_at = :now, updated_at = :now,
                      version = version + 1 where id = :id"""
                  : """
                    update marketing_lead set consent_sms = false, consent_at = :now, updated_at = :now,
                      version = version + 1 where id = :id""")
          .param("id", s.personId())
          .param("now", SqlTime.utc(Instant.now()))
          .update();
    }
    int first =
        jdbc.sql(
                """
                update marketing_mailing_recipient set unsubscribed_at = :now
                 where mailing_id = :mailing and kind = :kind and person_id = :person
                   and unsubscribed_at is null""")
            .param("mailing", s.mailingId())
            .param("kind", s.kind().name())
            .param("person", s.personId())
            .param("now", SqlTime.utc(Instant.now()))
            .update();
    if (first > 0) {
      jdbc.sql("select campaign_id from marketing_mailing where id = :id")
          .param("id", s.mailingId())
          .query(UUID.class)
          .optional()
          .ifPresent(campaign -> counters.add(campaign, Kind.UNSUBSCRIBED, 1));
    }
    return Optional.of(new Link(s.channel(), language(s)));
  }

  private static String source(UnsubscribeTokens.Subject s) {
    return "unsubscribe link of mailing " + s.mailingId();
  }

  private String language(UnsubscribeTokens.Subject s) {
    return jdbc.sql(
            """
            select language from marketing_mailing_recipient
             where mailing_id = :mailing and kind = :kind and person_id = :person""")
        .param("mailing", s.mailingId())
        .param("kind", s.kind().name())
        .param("person", s.personId())
        .query(String.class)
        .optional()
        .orElse("en");
  }
}
