package io.pyra.interaction.value;

import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up rule per value tier: for each customer of a tier with a rule (their tier as
 * analytics publishes it, {@code analytics_customer_value_view}) whose latest contact record is
 * older than the rule's days, or who has none, a task to contact them, given to their owner. A
 * customer gets no second open task from the same rule; once it is done or cancelled, the rule
 * creates the next one when the customer is again not contacted in time.
 */
@Service
public class TierFollowUp {

  static final Set<String> TIERS = Set.of("TOP", "HIGH", "MIDDLE", "LOW");

  private static final String DUE =
      """
      select v.customer_id, c.owner_id
        from analytics_customer_value_view v
        join customer_card_view c on c.id = v.customer_id
       where v.tier = :tier
         and c.deleted_at is null and c.merged_into_id is null and c.owner_id is not null
         and not exists (select 1 from interaction_record r
                          where r.customer_id = v.customer_id and r.occurred_at >= :since)
         and not exists (select 1 from interaction_tier_follow_up f
                           join interaction_task t on t.id = f.task_id
                          where f.customer_id = v.customer_id and f.tier = :tier
                            and t.status in ('OPEN', 'IN_PROGRESS'))
       order by v.customer_id""";

  private static final String INSERT_TASK =
      """
      insert into interaction_task (id, customer_id, title, type, assignee_id, created_by, due_at, priority,
        status, version, created_at, updated_at)
      values (:id, :customer, :title, 'CALL_BACK', :owner, :owner, :due, :priority, 'OPEN', 0, :now, :now)""";

  private static final String INSERT_LINK =
      """
      insert into interaction_tier_follow_up (task_id, customer_id, tier, created_at)
      values (:id, :customer, :tier, :now)""";

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final TierFollowUpProperties properties;

  TierFollowUp(JdbcClient jdbc, MessageSource messages, TierFollowUpProperties properties) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.properties = properties;
  }

  /** Applies the configured rules as of {@code now}; the number of tasks created. */
  @Transactional
  public int createDue(Instant now) {
    return createDue(properties.maxDays(), now);
  }

  /**
   * Applies {@code maxDays} (tier → the most days without a contact record) as of {@code now}; the
   * number of tasks created. Unknown tiers and days below 1 are skipped.
   */
  @Transactional
  public int createDue(Map<String, Integer> maxDays, Instant now) {
    int created = 0;
    for (var rule : maxDays.entrySet()) {
      String tier = rule.getKey().toUpperCase(Locale.ROOT);
      if (!TIERS.contains(tier) || rule.getValue() == null || rule.getValue() < 1) {
        continue;
      }
      created += create(tier, rule.getValue(), now);
    }
    return created;
  }

  private int create(String tier, int days, Instant now) {
    List<UUID[]> due = new ArrayList<>();
    jdbc.sql(DUE)
        .param("tier", tier)
        .param("since", SqlTime.utc(now.minus(Duration.ofDays(days))))
        .query(
            (rs, n) ->
                due.add(
                    new UUID[] {
                      rs.getObject("customer_id", UUID.class), rs.getObject("owner_id", UUID.class)
                    }))
        .list();
    String title = title(tier, days);
    String priority = "TOP".equals(tier) || "HIGH".equals(tier) ? "HIGH" : "NORMAL";
    for (UUID[] row : due) {
      UUID id = Ids.newId();
      jdbc.sql(INSERT_TASK)
          .param("id", id)
          .param("customer", row[0])
          .param("title", title)
          .param("owner", row[1])
          .param("due", SqlTime.utc(now.plus(properties.dueIn())))
          .param("priority", priority)
          .param("now", SqlTime.utc(now))
          .update();
      jdbc.sql(INSERT_LINK)
          .param("id", id)
          .param("customer", row[0])
          .param("tier", tier)
          .param("now", SqlTime.utc(now))
          .update();
    }
    return due.size();
  }

  /** The task's title in both languages: its assignee's language is not known to a job. */
  private String title(String tier, int days) {
    Object[] args = {messages.getMessage("tierFollowUp.tier." + tier, null, Locale.ENGLISH), days};
    Object[] zh = {
      messages.getMessage("tierFollowUp.tier." + tier, null, Locale.SIMPLIFIED_CHINESE), days
    };
    return messages.getMessage("tierFollowUp.title", args, Locale.ENGLISH)
        + " / "
        + messages.getMessage("tierFollowUp.title", zh, Locale.SIMPLIFIED_CHINESE);
  }
}
