package io.pyra.interaction.job;

import io.pyra.interaction.link.CustomerLinks;
import io.pyra.interaction.link.KeysetCursor;
import io.pyra.interaction.link.SqlWhere;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
    SqlWhere where =
        new SqlWhere()
            .add("c.deleted_at is null")
            .scope(customers.readScope())
            .add("j.id = :id", "id", id);
    return jdbc.sql(SELECT + where.sql()).params(where.params()).query(JobQueries::row).optional();
  }

  public JobSlice search(JobFilter filter, String cursorText, int limit) {
    int size = Math.max(1, Math.min(limit, MAX_LIMIT));
    KeysetCursor cursor = KeysetCursor.decode(cursorText);
    SqlWhere where = new SqlWhere().add("c.deleted_at is null").scope(customers.readScope());
    if (filter.customerId() != null) {
      where.add("j.customer_id = :customerId", "customerId", filter.customerId());
    }
    if (filter.status() != null) {
      where.add("j.status = :status", "status", filter.status().name());
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
      where.add("j.country = :country", "country", country);
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
      where.add("j.service_category_id = :categoryId", "categoryId", category.id());
    }
    if (filter.q() != null && !filter.q().isBlank()) {
      where.add("(upper(j.code) = :code or lower(j.name) like :name escape '\\')");
      where.param("code", filter.q().strip().toUpperCase(Locale.ROOT));
      where.param("name", "%" + escape(filter.q().strip().toLowerCase(Locale.ROOT)) + "%");
    }
    if (cursor != null) {
      where.add("(j.created_at, j.id) < (:cursorAt, :cursorId)");
      where.param("cursorAt", SqlTime.utc(cursor.at())).param("cursorId", cursor.id());
    }
    where.param("limit", size + 1);
    List<JobRow> rows =
        new ArrayList<>(
            jdbc.sql(SELECT + where.sql() + " order by j.created_at desc, j.id desc limit :limit")
                .params(where.params())
                .query(JobQueries::row)
                .list());
    String next = null;
    if (rows.size() > size) {
      rows = new ArrayList<>(rows.subList(0, size));
      JobRow last = rows.getLast();
      next = new KeysetCursor(last.createdAt(), last.id()).encode();
    }
    return new JobSlice(rows, next);
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

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
