package io.pyra.interaction.record;

import io.pyra.interaction.ContactChannel;
import io.pyra.interaction.link.CustomerLinks;
import io.pyra.interaction.type.InteractionTypeService;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact record lists: the filter AND-ed with the customers the viewer may read (a record is
 * seen exactly where its customer is), newest first, paged by cursor. Nothing counts the whole
 * result.
 */
@Component
@Transactional(readOnly = true)
public class ContactRecordQueries {

  public static final int MAX_LIMIT = 200;

  private static final String SELECT =
      """
      select r.id, r.customer_id, c.code, c.name, r.contact_id, k.name, r.job_id, j.code, t.code, t.name_en, t.name_zh,
             r.channel, r.direction, r.subject, r.notes, r.outcome, r.occurred_at, r.duration_minutes, r.country,
             r.office, r.author_id, u.display_name, r.override_by, o.display_name, r.override_reason, r.created_at,
             r.updated_at, r.version
        from interaction_record r
        join customer_card_view c on c.id = r.customer_id
        join interaction_type t on t.id = r.type_id
        join identity_user_view u on u.id = r.author_id
        left join customer_contact_view k on k.id = r.contact_id
        left join interaction_job j on j.id = r.job_id
        left join identity_user_view o on o.id = r.override_by
       where\s""";

  /** Where a page ended: the time and id of its last record. */
  private static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("record", Instant.class, UUID.class)
          .refusedWith("interaction.cursor.invalid");

  private final JdbcClient jdbc;
  private final CustomerLinks customers;
  private final InteractionTypeService types;

  ContactRecordQueries(JdbcClient jdbc, CustomerLinks customers, InteractionTypeService types) {
    this.jdbc = jdbc;
    this.customers = customers;
    this.types = types;
  }

  /** The record, when the viewer may read its customer. */
  // a single read, e.g. right after a record is logged: no transaction of its own (BEGIN/COMMIT
  // would cost two round trips)
  @Transactional(
      propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS,
      readOnly = true)
  public Optional<RecordRow> find(UUID id) {
    Where where = visible().and("r.id = :id", "id", id);
    return where.query(jdbc, SELECT).query(ContactRecordQueries::row).optional();
  }

  public Slice<RecordRow> search(RecordFilter filter, String cursorText, int limit) {
    int size = Slice.size(limit, MAX_LIMIT);
    KeysetCursor cursor = CURSOR.decode(cursorText);
    Where where = visible();
    if (filter.customerId() != null) {
      where.and("r.customer_id = :customerId", "customerId", filter.customerId());
    }
    if (filter.jobId() != null) {
      where.and("r.job_id = :jobId", "jobId", filter.jobId());
    }
    if (filter.type() != null && !filter.type().isBlank()) {
      where.and("r.type_id in (:typeIds)", "typeIds", types.withDescendants(filter.type()));
    }
    if (filter.channel() != null && !filter.channel().isBlank()) {
      ContactChannel channel =
          ContactChannel.parse(filter.channel())
              .orElseThrow(
                  () ->
                      new BusinessRuleException(
                          "channel",
                          "unknown",
                          "interaction.record.channel.unknown",
                          filter.channel().strip(),
                          String.join(
                              ", ",
                              java.util.Arrays.stream(ContactChannel.values())
                                  .map(Enum::name)
                                  .toList())));
      where.and("r.channel = :channel", "channel", channel.name());
    }
    if (filter.authorId() != null) {
      where.and("r.author_id = :authorId", "authorId", filter.authorId());
    }
    if (filter.from() != null) {
      where.and("r.occurred_at >= :from", "from", SqlTime.utc(filter.from()));
    }
    if (filter.to() != null) {
      where.and("r.occurred_at < :to", "to", SqlTime.utc(filter.to()));
    }
    if (cursor != null) {
      where.and(RecordOrder.NEWEST.after(SqlTime.utc(cursor.instant(0)), cursor.uuid(1)));
    }
    where.param("limit", size + 1);
    List<RecordRow> rows =
        where
            .query(jdbc, SELECT, RecordOrder.NEWEST.orderBy(), "limit :limit")
            .query(ContactRecordQueries::row)
            .list();
    return Slice.of(rows, size, last -> CURSOR.encode(last.occurredAt(), last.id()));
  }

  private Where visible() {
    return new Where().and("c.deleted_at is null").and(customers.readScope());
  }

  private static RecordRow row(ResultSet rs, int n) throws SQLException {
    return new RecordRow(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getString(3),
        rs.getString(4),
        rs.getObject(5, UUID.class),
        rs.getString(6),
        rs.getObject(7, UUID.class),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        rs.getString(13),
        rs.getString(14),
        rs.getString(15),
        rs.getString(16),
        time(rs, 17),
        (Integer) rs.getObject(18, Integer.class),
        rs.getString(19),
        rs.getString(20),
        rs.getObject(21, UUID.class),
        rs.getString(22),
        rs.getObject(23, UUID.class),
        rs.getString(24),
        rs.getString(25),
        time(rs, 26),
        time(rs, 27),
        rs.getLong(28));
  }

  private static java.time.Instant time(ResultSet rs, int column) throws SQLException {
    return SqlTime.instant(rs.getObject(column, OffsetDateTime.class));
  }

  /** The order of the list: newest first. */
  private enum RecordOrder implements SortKey {
    NEWEST("order by r.occurred_at desc, r.id desc", "(r.occurred_at, r.id) < (:after0, :after1)");

    private final String orderBy;
    private final String after;

    RecordOrder(String orderBy, String after) {
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
