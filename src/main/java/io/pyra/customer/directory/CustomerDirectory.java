package io.pyra.customer.directory;

import io.pyra.customer.CustomerKind;
import io.pyra.customer.LifecycleStage;
import io.pyra.customer.profile.CustomerAccess;
import io.pyra.customer.profile.NameKey;
import io.pyra.platform.PhoneNumbers;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.QueryPart;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one query behind the customer list, the API list, the global search and the export: the
 * filter, always AND-ed with what the viewer may see, live customers only (never deleted or merged
 * ones), in a total order paged by keyset cursors. Nothing counts the whole result.
 *
 * <p>Names are searched by their {@link NameKey}: on PostgreSQL a key of three or more characters
 * matches anywhere in the name, and when no name contains it, names similar to it by trigrams
 * (typos: "Zhnag Wei"); a shorter one (a Chinese surname) matches the start of the name. On H2 any
 * part of the name matches.
 */
@Component
@Transactional(readOnly = true)
public class CustomerDirectory {

  public static final int MAX_LIMIT = 200;

  /** How many matches of a text inside names a page is chosen from (see {@link #page}). */
  static final int MATCH_WINDOW = 2000;

  private static final int EXPORT_CHUNK = 500;
  private static final Pattern PHONE_LIKE = Pattern.compile("[+()0-9 .\\-]{6,}");

  private static final String SELECT =
      """
      select c.id, c.code, c.kind, c.name, c.name_key, c.stage, c.owner_id, c.org_unit_id, c.sector_id, c.city,
             c.created_at, c.updated_at, c.version
        from customer_customer c
       where\s""";

  private final JdbcClient jdbc;
  private final CustomerAccess access;
  private final PhoneNumbers phoneNumbers;
  private final FieldConditions fieldConditions;
  private final RowDetails details;
  private final boolean postgres;

  CustomerDirectory(
      JdbcClient jdbc,
      DataSource dataSource,
      CustomerAccess access,
      PhoneNumbers phoneNumbers,
      FieldConditions fieldConditions,
      RowDetails details) {
    this.jdbc = jdbc;
    this.access = access;
    this.phoneNumbers = phoneNumbers;
    this.fieldConditions = fieldConditions;
    this.details = details;
    this.postgres = isPostgres(dataSource);
  }

  /**
   * Up to {@code limit} customers the viewer may read, after or before {@code cursor} (null: the
   * first page).
   */
  public CustomerSlice search(CustomerFilter filter, CustomerSort sort, String cursor, int limit) {
    return page(filter, sort, cursor, limit, List.of("customer.read"));
  }

  private CustomerSlice page(
      CustomerFilter filter,
      CustomerSort sort,
      String cursorText,
      int limit,
      List<String> permissions) {
    CustomerCursor cursor =
        cursorText == null || cursorText.isBlank() ? null : CustomerCursor.decode(cursorText, sort);
    if (cursor != null) {
      return page(filter, sort, cursor, limit, permissions, cursor.fuzzy());
    }
    CustomerSlice exact = page(filter, sort, null, limit, permissions, false);
    // no name contains the text: look for similar names (typos), on PostgreSQL's trigram index
    boolean fuzzyPossible =
        postgres && filter.text() != null && NameKey.of(filter.text()).length() >= 3;
    return exact.items().isEmpty() && fuzzyPossible
        ? page(filter, sort, null, limit, permissions, true)
        : exact;
  }

  /** Every matching customer the viewer may read and export, in order, a chunk at a time. */
  public void forEachForExport(
      CustomerFilter filter, CustomerSort sort, Consumer<List<CustomerRow>> chunk) {
    String cursor = null;
    do {
      CustomerSlice slice =
          page(filter, sort, cursor, EXPORT_CHUNK, List.of("customer.read", "customer.export"));
      if (!slice.items().isEmpty()) {
        chunk.accept(slice.items());
      }
      cursor = slice.nextCursor();
    } while (cursor != null);
  }

  private CustomerSlice page(
      CustomerFilter filter,
      CustomerSort sort,
      CustomerCursor cursor,
      int limit,
      List<String> permissions,
      boolean fuzzy) {
    int size = Math.max(1, Math.min(limit, MAX_LIMIT));
    SqlConditions where = conditions(filter, permissions, fuzzy);
    boolean backwards = cursor != null && cursor.before();
    boolean descending = sort.descending() ^ backwards;
    String column = sort.key().column;
    if (cursor != null) {
      where.add(
          "(" + column + ", c.id) " + (descending ? "<" : ">") + " (:cursorValue, :cursorId)");
      where.param("cursorValue", sortValue(sort, cursor.value()));
      where.param("cursorId", cursor.id());
    }
    String direction = descending ? " desc" : "";
    where.param("limit", size + 1);
    // the SQL is assembled from constants of this package; only parameter values come from the
    // request
    String order = " order by " + column + direction + ", c.id" + direction + " limit :limit";
    // A text found inside a hundred thousand names: sorting them all for one page would take the
    // time of reading them all. The page is then sorted from the first MATCH_WINDOW matches found
    // (all of them when there are fewer), and the search box asks for a longer text.
    if (where.isBroad()) {
      // the same matches for the same text on every page: a scan starts at the table's first block
      jdbc.sql("set local synchronize_seqscans = off").update();
    }
    String sql =
        where.isBroad()
            ? "select * from (" + SELECT + where.sql() + " limit " + MATCH_WINDOW + ") c" + order
            : SELECT + where.sql() + order;
    List<Base> rows =
        new ArrayList<>(jdbc.sql(sql).params(where.params()).query(CustomerDirectory::base).list());
    boolean more = rows.size() > size;
    if (more) {
      rows = new ArrayList<>(rows.subList(0, size));
    }
    if (backwards) {
      Collections.reverse(rows);
    }
    String next = null;
    String previous = null;
    if (!rows.isEmpty()) {
      Base first = rows.getFirst();
      Base last = rows.getLast();
      if (backwards || more) {
        next = new CustomerCursor(sort.text(), fuzzy, false, value(sort, last), last.id()).encode();
      }
      if ((!backwards && cursor != null) || (backwards && more)) {
        previous =
            new CustomerCursor(sort.text(), fuzzy, true, value(sort, first), first.id()).encode();
      }
    }
    return new CustomerSlice(
        details.complete(rows.stream().map(Base::row).toList()), next, previous);
  }

  private SqlConditions conditions(CustomerFilter filter, List<String> permissions, boolean fuzzy) {
    SqlConditions where = new SqlConditions();
    where.add("c.deleted_at is null");
    for (String permission : permissions) {
      QueryPart scope = access.condition(permission);
      where.add(scope.sql());
      scope.params().forEach(where::param);
    }
    if (filter.text() != null) {
      text(filter.text(), fuzzy, where);
    }
    if (filter.stage() != null) {
      where.add("c.stage = :stage");
      where.param("stage", filter.stage().name());
    }
    if (filter.ownerId() != null) {
      where.add("c.owner_id = :ownerId");
      where.param("ownerId", filter.ownerId());
    }
    if (filter.orgUnitId() != null) {
      where.add(
          "c.org_unit_id in (select f.id from identity_org_unit f where f.path like"
              + " ((select p.path from identity_org_unit p where p.id = :orgUnitId) || '%'))");
      where.param("orgUnitId", filter.orgUnitId());
    }
    if (filter.sector() != null) {
      where.add(
          "c.sector_id in (select s.id from customer_sector s where s.id = :sectorId or s.parent_id = :sectorId)");
      where.param("sectorId", fieldConditions.sectorId(filter.sector()));
    }
    for (int i = 0; i < filter.tags().size(); i++) {
      where.add(
          "exists (select 1 from customer_tag t where t.customer_id = c.id and t.tag = :tag"
              + i
              + ")");
      where.param("tag" + i, filter.tags().get(i));
    }
    fieldConditions.add(filter.fields(), where);
    return where;
  }

  /** A phone (any format), an email, or a name or code, told apart by their shape. */
  private void text(String text, boolean fuzzy, SqlConditions where) {
    if (text.contains("@")) {
      // driven from the addresses (an index range), not by probing every customer in name order
      where.add(
          "c.id in (select e.customer_id from customer_email e where e.address like :email escape '\\')");
      where.param("email", escape(text.toLowerCase(Locale.ROOT)) + "%");
      return;
    }
    if (PHONE_LIKE.matcher(text).matches()) {
      var phone = phoneNumbers.toE164(text);
      if (phone.isPresent()) {
        where.add(
            "exists (select 1 from customer_phone p where p.customer_id = c.id and p.number = :phone)");
        where.param("phone", phone.get());
        return;
      }
    }
    String key = NameKey.of(text);
    where.param("code", text.toUpperCase(Locale.ROOT));
    if (key.isEmpty()) {
      where.add("c.code = :code");
    } else if (!postgres) {
      where.add("(c.code = :code or c.name_key like :nameLike escape '\\')");
      where.param("nameLike", "%" + escape(key) + "%");
    } else if (key.length() < 3) {
      // too short for a code; the lower bound lets the name index start at the prefix
      where.add("c.name_key >= :nameFrom and c.name_key like :nameLike escape '\\'");
      where.param("nameFrom", key);
      where.param("nameLike", escape(key) + "%");
    } else if (fuzzy) {
      where.add("c.name_key % :nameKey");
      where.param("nameKey", key);
    } else {
      where.add("(c.code = :code or c.name_key like :nameLike escape '\\')");
      where.param("nameLike", "%" + escape(key) + "%");
      where.broad();
    }
  }

  private static Object sortValue(CustomerSort sort, String value) {
    if (!sort.key().isTime()) {
      return value;
    }
    try {
      return SqlTime.utc(Instant.parse(value));
    } catch (DateTimeParseException e) {
      throw new io.pyra.platform.error.BusinessRuleException(
          "cursor", "invalid", "validation.invalid", "cursor");
    }
  }

  private static String value(CustomerSort sort, Base row) {
    return switch (sort.key()) {
      case NAME -> row.nameKey();
      case CODE -> row.row().code();
      case CREATED -> row.row().createdAt().toString();
      case UPDATED -> row.row().updatedAt().toString();
    };
  }

  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection
          .getMetaData()
          .getDatabaseProductName()
          .toLowerCase(Locale.ROOT)
          .contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot tell the database", e);
    }
  }

  private static Base base(ResultSet rs, int n) throws SQLException {
    String sectorId = rs.getString("sector_id");
    CustomerRow row =
        new CustomerRow(
            rs.getObject("id", UUID.class),
            rs.getString("code"),
            CustomerKind.valueOf(rs.getString("kind")),
            rs.getString("name"),
            LifecycleStage.valueOf(rs.getString("stage")),
            rs.getObject("owner_id", UUID.class),
            null,
            rs.getObject("org_unit_id", UUID.class),
            null,
            sectorId,
            null,
            null,
            rs.getString("city"),
            List.of(),
            List.of(),
            List.of(),
            java.util.Map.of(),
            SqlTime.instant(rs.getObject("created_at", OffsetDateTime.class)),
            SqlTime.instant(rs.getObject("updated_at", OffsetDateTime.class)),
            rs.getLong("version"));
    return new Base(row, rs.getString("name_key"));
  }

  /**
   * A row as read, before its phones, emails, tags and names are added; {@code sector} holds the
   * sector id.
   */
  record Base(CustomerRow row, String nameKey) {

    UUID id() {
      return row.id();
    }
  }
}
