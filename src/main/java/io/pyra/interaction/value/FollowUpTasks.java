package io.pyra.interaction.value;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserContact;
import io.pyra.identity.UserId;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.web.LocaleConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the follow-up rules: for each customer with a value tier or grade that an active rule is
 * for (as analytics publishes them, {@code analytics_customer_value_view}: the tier at the latest
 * month end, the grade of an unexpired override else the computed one) whose latest contact record
 * is older than the rule's days, or who has none, a CALL_BACK task for their owner, titled in the
 * owner's language with the reason ("Grade A customer not contacted for 30 days").
 *
 * <p>A customer a tier rule and a grade rule both apply to is held to the stricter (fewer days; the
 * grade's on a tie): the rules run strictest first, and a customer with an open task from any rule
 * gets no other, so the first rule that finds them overdue is the one that creates the task. Once
 * the task is done or cancelled, the next is created when the customer is again not contacted in
 * time.
 */
@Service
public class FollowUpTasks {

  /** Strictest first; on equal days the grade's rule before the tier's. */
  static final Comparator<FollowUpRule> STRICTEST_FIRST =
      Comparator.comparingInt(FollowUpRule::maxDays)
          .thenComparing(r -> r.grade() == null)
          .thenComparing(FollowUpRules.ORDER);

  private static final String DUE =
      """
      select v.customer_id, c.owner_id
        from analytics_customer_value_view v
        join customer_card_view c on c.id = v.customer_id
       where (v.tier = :tier or v.grade = :grade)
         and c.deleted_at is null and c.merged_into_id is null and c.owner_id is not null
         and not exists (select 1 from interaction_record r
                          where r.customer_id = v.customer_id and r.occurred_at >= :since)
         and not exists (select 1 from interaction_task t
                           join interaction_follow_up_task f on f.task_id = t.id
                          where t.customer_id = v.customer_id and t.status in ('OPEN', 'IN_PROGRESS'))
       order by v.customer_id""";

  private static final String INSERT_TASK =
      """
      insert into interaction_task (id, customer_id, title, type, assignee_id, created_by, due_at, priority,
        status, notes, version, created_at, updated_at)
      values (:id, :customer, :title, 'CALL_BACK', :owner, :owner, :due, :priority, 'OPEN', :notes, 0, :now, :now)""";

  private static final String INSERT_LINK =
      """
      insert into interaction_follow_up_task (task_id, rule_id, tier, grade, max_days, created_at)
      values (:id, :rule, :tier, :grade, :days, :now)""";

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final FollowUpRules rules;
  private final IdentityApi identity;

  FollowUpTasks(
      JdbcClient jdbc, MessageSource messages, FollowUpRules rules, IdentityApi identity) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.rules = rules;
    this.identity = identity;
  }

  /** Applies the active rules as of {@code now}; the number of tasks created. */
  @Transactional
  public int createDue(Instant now) {
    List<FollowUpRule> active =
        rules.list().stream().filter(FollowUpRule::active).sorted(STRICTEST_FIRST).toList();
    Map<UUID, Locale> languages = new HashMap<>();
    int created = 0;
    for (FollowUpRule rule : active) {
      created += create(rule, now, languages);
    }
    return created;
  }

  private int create(FollowUpRule rule, Instant now, Map<UUID, Locale> languages) {
    List<UUID[]> due = new ArrayList<>();
    jdbc.sql(DUE)
        .param("tier", rule.tier())
        .param("grade", rule.grade())
        .param("since", SqlTime.utc(now.minus(Duration.ofDays(rule.maxDays()))))
        .query(
            (rs, n) ->
                due.add(
                    new UUID[] {
                      rs.getObject("customer_id", UUID.class), rs.getObject("owner_id", UUID.class)
                    }))
        .list();
    String priority =
        "TOP".equals(rule.tier()) || "HIGH".equals(rule.tier()) || "A".equals(rule.grade())
            ? "HIGH"
            : "NORMAL";
    for (UUID[] row : due) {
      UUID id = Ids.newId();
      Locale language = languages.computeIfAbsent(row[1], this::language);
      jdbc.sql(INSERT_TASK)
          .param("id", id)
          .param("customer", row[0])
          .param("title", title(rule, language))
          .param("owner", row[1])
          .param("due", SqlTime.utc(now.plus(Duration.ofDays(rule.dueInDays()))))
          .param("priority", priority)
          .param("notes", rule.note())
          .param("now", SqlTime.utc(now))
          .update();
      jdbc.sql(INSERT_LINK)
          .param("id", id)
          .param("rule", rule.id())
          .param("tier", rule.tier())
          .param("grade", rule.grade())
          .param("days", rule.maxDays())
          .param("now", SqlTime.utc(now))
          .update();
    }
    return due.size();
  }

  private Locale language(UUID owner) {
    return LocaleConfig.forTag(
        identity.contact(new UserId(owner)).map(UserContact::locale).orElse(null));
  }

  /** Why the task is there, in {@code language}: "Grade A customer not contacted for 30 days". */
  String title(FollowUpRule rule, Locale language) {
    String target =
        rule.tier() != null
            ? messages.getMessage("followUpRule.tier." + rule.tier(), null, language)
            : rule.grade();
    String key = rule.tier() != null ? "followUpRule.title.tier" : "followUpRule.title.grade";
    return messages.getMessage(key, new Object[] {target, rule.maxDays()}, language);
  }
}
