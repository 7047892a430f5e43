package io.pyra.marketing.mailing;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A campaign's running figures ({@code marketing_campaign_counter}): mails and SMS sent, failed and
 * bounced and unsubscribes (kept by the mailings), and the hook for the public web form: {@code
 * add(campaignId, Kind.LANDING_PAGE_OPENED, 1)} when its landing page is opened. The sign-ups are
 * not counted but read: the campaign's leads that came by its web form.
 */
@Component
public class CampaignCounters {

  /** What is counted. */
  public enum Kind {
    SENT,
    FAILED,
    BOUNCED,
    UNSUBSCRIBED,
    LANDING_PAGE_OPENED,
    /** Read from the campaign's leads of source WEB_FORM, never added. */
    SIGNED_UP
  }

  private final JdbcClient jdbc;

  CampaignCounters(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds {@code amount} to the campaign's count of {@code kind}, in the caller's transaction. */
  public void add(UUID campaignId, Kind kind, long amount) {
    if (kind == Kind.SIGNED_UP) {
      throw new IllegalArgumentException("sign-ups are read from the campaign's leads");
    }
    if (amount == 0) {
      return;
    }
    int updated =
        jdbc.sql(
                """
                update marketing_campaign_counter set count = count + :amount
                 where campaign_id = :campaign and kind = :kind""")
            .param("amount", amount)
            .param("campaign", campaignId)
            .param("kind", kind.name())
            .update();
    if (updated == 0) {
      try {
        jdbc.sql(
                """
                insert into marketing_campaign_counter (campaign_id, kind, count)
                values (:campaign, :kind, :amount)""")
            .param("amount", amount)
            .param("campaign", campaignId)
            .param("kind", kind.name())
            .update();
      } catch (DuplicateKeyException raced) {
        add(campaignId, kind, amount);
      }
    }
  }

  /** Every count of the campaign, zero for those never counted; the sign-ups from its leads. */
  public Map<Kind, Long> of(UUID campaignId) {
    Map<Kind, Long> counts = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      counts.put(kind, 0L);
    }
    jdbc.sql("select kind, count from marketing_campaign_counter where campaign_id = :campaign")
        .param("campaign", campaignId)
        .query(
            (rs, n) -> {
              try {
                counts.put(Kind.valueOf(rs.getString(1)), rs.getLong(2));
              } catch (IllegalArgumentException unknown) {
                // a kind of a later version: not shown here
              }
              return null;
            })
        .list();
    counts.put(
        Kind.SIGNED_UP,
        jdbc.sql(
                """
                select count(*) from marketing_lead
                 where campaign_id = :campaign and source = 'WEB_FORM'""")
            .param("campaign", campaignId)
            .query(Long.class)
            .single());
    return counts;
  }
}
