package io.pyra.interaction.timeline;

import io.pyra.interaction.TimelineEntry;
import io.pyra.interaction.TimelinePosition;
import io.pyra.interaction.TimelineSource;
import io.pyra.platform.LocalizedName;
import io.pyra.platform.SqlTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Contact records on the timeline: the subject, the type in the reader's language, channel and
 * direction, the author.
 */
@Component
class RecordTimelineSource implements TimelineSource {

  static final String KIND = "interaction";
  private static final int NOTES_SHOWN = 160;

  private static final String SELECT =
      """
      select r.id, r.occurred_at, r.subject, r.notes, r.channel, r.direction, t.name_en, t.name_zh, u.display_name
        from interaction_record r
        join interaction_type t on t.id = r.type_id
        join identity_user_view u on u.id = r.author_id
       where r.customer_id = :customerId
      """;
  private static final String NEWEST =
      SELECT + " order by r.occurred_at desc, r.id desc limit :limit";
  private static final String BEFORE =
      SELECT
          + """
         and (r.occurred_at, r.id) < (:at, :id)
       order by r.occurred_at desc, r.id desc limit :limit""";

  private final JdbcClient jdbc;
  private final MessageSource messages;

  RecordTimelineSource(JdbcClient jdbc, MessageSource messages) {
    this.jdbc = jdbc;
    this.messages = messages;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public List<TimelineEntry> entries(
      UUID customerId, TimelinePosition before, int limit, Locale locale) {
    JdbcClient.StatementSpec query =
        jdbc.sql(before == null ? NEWEST : BEFORE)
            .param("customerId", customerId)
            .param("limit", limit);
    if (before != null) {
      query = query.param("at", SqlTime.utc(before.occurredAt())).param("id", before.id());
    }
    return query
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              String type =
                  new LocalizedName(rs.getString("name_en"), rs.getString("name_zh")).in(locale);
              String summary =
                  String.join(
                      " · ",
                      type,
                      label(
                          "timeline.channel." + rs.getString("channel"),
                          rs.getString("channel"),
                          locale),
                      label(
                          "timeline.direction." + rs.getString("direction"),
                          rs.getString("direction"),
                          locale));
              String notes = rs.getString("notes");
              if (notes != null && !notes.isBlank()) {
                summary +=
                    " — "
                        + (notes.length() > NOTES_SHOWN
                            ? notes.substring(0, NOTES_SHOWN) + "…"
                            : notes);
              }
              return new TimelineEntry(
                  KIND,
                  id,
                  rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                  rs.getString("subject"),
                  summary,
                  rs.getString("display_name"),
                  "/interactions/" + id);
            })
        .list();
  }

  private String label(String key, String fallback, Locale locale) {
    return messages.getMessage(key, null, fallback, locale);
  }
}
