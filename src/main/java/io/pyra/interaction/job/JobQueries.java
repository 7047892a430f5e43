package io.pyra.interaction.job;

import io.pyra.interaction.link.CustomerLinks;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.Like;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job lists: the filter AND-ed with the customers the viewer may read, newest first, paged by
 * cursor.
 */
@Component
@Transactional(readOnly = true)
public class JobQueries {

  public static final int MAX_LIMIT = 200;

  private static final String SELECT =
      """
      select j.id, j.code, j.customer_id, c.code, c.name, j.name, j.country, j.office, s.code, j.status,
             j.created_at, j.updated_at, j.version
        from interaction_job j
        join customer_card_view c on c.id = j.customer_id
        join interaction_service_category s on s.id = j.service_category_id
       where\s""";

  /** Where a page ended: the creation time and id of its last job. */
  private static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("job", Instant.class, UUID.class)
          .refusedWith("interaction.cursor.invalid");

  private final JdbcClient jdbc;
  private final CustomerLinks customers;
  private final ServiceCategories categories;

  JobQueries(JdbcClient jdbc, CustomerLinks customers, ServiceCategories categories) {
    this.jdbc = jdbc;
    this.customers = customers;
    this.categories = categories;
  }

  /** The job, when the viewer may read its customer. */
  public java.util.Optional<JobRow> find(UUID id) {
    Where where =
        new Where().and("c.deleted_at is null").and(readable()).and("j.id = :id", "id", id);
    return where.query(jdbc, SELECT).query(JobQueries::row).optional();
  }

  public Slice<JobRow> search(JobFilter filter, String cursorText, int limit) {
    int size = Slice.size(limit, MAX_LIMIT);
    KeysetCursor cursor = CURSOR.decode(cursorText);
    Where where = new Where().and("c.deleted_at is null").and(readable());
    if (filter.customerId() != null) {
      where.and("j.customer_id = :customerId", "customerId", filter.customerId());
    }
    if (filter.status() != null) {
      where.and("j.status = :status", "status", filter.status().name());
    }
    if (filter.country() != null && !filter.country().isBlank()) {
      String country =
          Countries.parse(filter.country())
              .orElseThrow(
                  () ->
                      new BusinessRuleException(
                          "country",
                          "iso-3166",
                          "interaction.country.unknown",
                          filter.country().strip()));
      where.and("j.country = :country", "country", country);
    }
    if (filter.serviceCategory() != null && !filter.serviceCategory().isBlank()) {
      ServiceCategory category =
          categories
              .byCode(filter.serviceCategory())
              .orElseThrow(
                  () ->
                      new BusinessRuleException(
                          "serviceCategory",
                          "unknown",
                          "interaction.job.category.unknown",
                          filter.serviceCategory().strip()));
      where.and("j.service_category_id = :categoryId", "categoryId", category.id());
    }
    if (filter.q() != null && !filter.q().isBlank()) {
      where.and("(upper(j.code) = :code or lower(j.name) like :name " + Like.ESCAPE + ")");
      where.param("code", filter.q().strip().toUpperCase(Locale.ROOT));
      where.param("name", Like.contains(filter.q().strip().toLowerCase(Locale.ROOT)));
    }
    if (cursor != null) {
      where.and(JobOrder.NEWEST.after(SqlTime.utc(cursor.instant(0)), cursor.uuid(1)));
    }
    where.param("limit", size + 1);
    List<JobRow> rows =
        where
            .query(jdbc, SELECT, JobOrder.NEWEST.orderBy(), "limit :limit")
            .query(JobQueries::row)
            .list();
    return Slice.of(rows, size, last -> CURSOR.encode(last.createdAt(), last.id()));
  }

  /** The jobs of one customer (already checked to be visible), newest first. */
  public List<JobRow> ofCustomer(UUID customerId, int limit) {
    return search(new JobFilter(customerId, null, null, null, null), null, limit).items();
  }

  private static JobRow row(ResultSet rs, int n) throws SQLException {
    return new JobRow(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getObject(3, UUID.class),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        JobStatus.valueOf(rs.getString(10)),
        SqlTime.instant(rs.getObject(11, OffsetDateTime.class)),
        SqlTime.instant(rs.getObject(12, OffsetDateTime.class)),
        rs.getLong(13));
  }

  private QueryPart readable() {
    return customers.readScope();
  }

  /** The order of the list: newest first. */
  private enum JobOrder implements SortKey {
    NEWEST("order by j.created_at desc, j.id desc", "(j.created_at, j.id) < (:after0, :after1)");

    private final String orderBy;
    private final String after;

    JobOrder(String orderBy, String after) {
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
