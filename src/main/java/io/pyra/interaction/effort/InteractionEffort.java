package io.pyra.interaction.effort;

import io.pyra.interaction.ContactChannel;
import io.pyra.platform.SqlTime;
import io.pyra.platform.effort.ServiceEffort;
import io.pyra.platform.effort.ServiceEffortSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The effort of contact records (per author, their unit when logged, customer and channel, with
 * their minutes) and of tasks done (per assignee and their unit, customer), for customer value.
 */
@Component
class InteractionEffort implements ServiceEffortSource {

  private static final String RECORDS =
      """
      select r.author_id, r.org_unit_id, r.customer_id, r.channel, count(*),
             coalesce(sum(r.duration_minutes), 0)
        from interaction_record r
       where r.occurred_at >= :from and r.occurred_at < :until
       group by r.author_id, r.org_unit_id, r.customer_id, r.channel""";

  private static final String TASKS_DONE =
      """
      select t.assignee_id, u.org_unit_id, t.customer_id, count(*)
        from interaction_task t
        join identity_user_view u on u.id = t.assignee_id
       where t.status = 'DONE' and t.customer_id is not null
         and t.completed_at >= :from and t.completed_at < :until
       group by t.assignee_id, u.org_unit_id, t.customer_id""";

  private final JdbcClient jdbc;

  InteractionEffort(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> channels() {
    return Arrays.stream(ContactChannel.values()).map(Enum::name).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<ServiceEffort> effort(Instant from, Instant until) {
    List<ServiceEffort> effort = new ArrayList<>();
    jdbc.sql(RECORDS)
        .param("from", SqlTime.utc(from))
        .param("until", SqlTime.utc(until))
        .query(
            rs -> {
              effort.add(
                  new ServiceEffort(
                      rs.getObject(1, UUID.class),
                      rs.getObject(2, UUID.class),
                      rs.getObject(3, UUID.class),
                      ServiceEffort.CONTACT_RECORD,
                      rs.getString(4),
                      rs.getLong(5),
                      rs.getLong(6)));
            });
    jdbc.sql(TASKS_DONE)
        .param("from", SqlTime.utc(from))
        .param("until", SqlTime.utc(until))
        .query(
            rs -> {
              effort.add(
                  new ServiceEffort(
                      rs.getObject(1, UUID.class),
                      rs.getObject(2, UUID.class),
                      rs.getObject(3, UUID.class),
                      ServiceEffort.TASK,
                      null,
                      rs.getLong(4),
                      0));
            });
    return effort;
  }
}
