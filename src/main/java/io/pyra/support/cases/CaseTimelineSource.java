package io.pyra.support.cases;

import io.pyra.customer.CustomerId;
import io.pyra.interaction.TimelineEntry;
import io.pyra.interaction.TimelinePosition;
import io.pyra.interaction.TimelineSource;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A customer's cases on the timeline: opened, each change of status (a resolution among them) and
 * each escalation, of the cases the reader's {@code case.read} reaches. Read newest first from
 * {@code support_case_event (customer_id, occurred_at, id)} with a limit.
 */
@Component
class CaseTimelineSource implements TimelineSource {

  static final String KIND = "case";

  private static final String SELECT =
      """
      select e.id, e.occurred_at, e.kind, e.from_value, e.to_value, e.detail, u.display_name,
             k.id, k.code, k.subject
        from support_case_event e
        join support_case k on k.id = e.case_id
        left join identity_user_view u on u.id = e.actor_id
       where e.kind in ('OPENED', 'STATUS', 'ESCALATED') and\s""";

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final CaseAccess access;

  CaseTimelineSource(JdbcClient jdbc, MessageSource messages, CaseAccess access) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.access = access;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public List<TimelineEntry> entries(
      CustomerId customerId, TimelinePosition before, int limit, Locale locale) {
    Where where =
        new Where()
            .and("e.customer_id = :customerId", "customerId", customerId.value())
            .and(access.visible());
    if (before != null) {
      where.and(Entries.NEWEST.after(SqlTime.utc(before.occurredAt()), before.id()));
    }
    List<TimelineEntry> entries = new ArrayList<>();
    where
        .param("limit", limit)
        .query(jdbc, SELECT, Entries.NEWEST.orderBy(), "limit :limit")
        .query(
            rs -> {
              UUID caseId = rs.getObject(8, UUID.class);
              String code = rs.getString(9);
              String subject = rs.getString(10);
              entries.add(
                  new TimelineEntry(
                      KIND,
                      rs.getObject(1, UUID.class),
                      rs.getObject(2, OffsetDateTime.class).toInstant(),
                      title(
                          rs.getString(3),
                          rs.getString(4),
                          rs.getString(5),
                          rs.getString(6),
                          code,
                          locale),
                      subject,
                      rs.getString(7),
                      "/cases/" + caseId));
            });
    return entries;
  }

  /** "Case CS-000001 opened", "Case CS-000001: In progress → Resolved", "… escalated to X". */
  private String title(
      String kind, String from, String to, String detail, String code, Locale locale) {
    return switch (kind) {
      case "OPENED" -> message("timeline.case.opened", locale, code);
      case "STATUS" ->
          message("timeline.case.status", locale, code, status(from, locale), status(to, locale));
      default ->
          detail == null
              ? message("timeline.case.escalated.nobody", locale, code, to)
              : message("timeline.case.escalated", locale, code, detail, to);
    };
  }

  private String status(String code, Locale locale) {
    return code == null ? "—" : messages.getMessage("case.status." + code, null, code, locale);
  }

  private String message(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  private enum Entries implements SortKey {
    NEWEST("order by e.occurred_at desc, e.id desc", "(e.occurred_at, e.id) < (:after0, :after1)");

    private final String orderBy;
    private final String after;

    Entries(String orderBy, String after) {
      this.orderBy = orderBy;
      this.after = after;
    }

    @Override
    public String orderBy() {
      return orderBy;
    }

    @Override
    public String after() {
      return after;
    }
  }
}
