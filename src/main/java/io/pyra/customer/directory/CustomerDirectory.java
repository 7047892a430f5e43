package io.pyra.customer.directory;

import io.pyra.customer.CustomerKind;
import io.pyra.customer.LifecycleStage;
import io.pyra.customer.profile.CustomerAccess;
import io.pyra.customer.profile.NameKey;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.platform.PhoneNumbers;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.Like;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.Where;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one query behind the customer list, the API list, the global search and the export: the
 * filter, always AND-ed with what the viewer may see, live customers only (never deleted or merged
 * ones), in a total order paged by keyset cursors (the first few pages also by number). The count
 * of the list reads no more than {@link CustomerCount#CAP} rows and estimates beyond.
 *
 * <p>Names are searched by their {@link NameKey}: on PostgreSQL a key of three or more characters
 * matches anywhere in the name, and when no name contains it, names similar to it by trigrams
 * (typos: "Zhnag Wei"); a shorter one (a Chinese surname) matches the start of the name. On H2 any
 * part of the name matches. Three or more Latin letters also match any part of the pinyin of a
 * Chinese name ({@link io.pyra.customer.profile.NamePinyin}: "wang", "wangxiaoming", "wxm" find
 * 王小明), on its own trigram index.
 */
@Component
@Transactional(readOnly = true)
public class CustomerDirectory {

  public static final int MAX_LIMIT = 200;

  /** The most ids {@link #idsAfter} answers at once. */
  public static final int MAX_IDS = 1000;

  /** How many matches of a text inside names a page is chosen from (see {@link #page}). */
  static final int MATCH_WINDOW = 2000;

  /** How many pages of a list are reachable by their number (the rest by the keyset cursors). */
  public static final int NUMBERED_PAGES = 5;

  private static final List<String> READ = List.of("customer.read");
  private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)");
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
  private final IdentityApi identity;
  private final CustomerValues values;
  private final boolean postgres;

  CustomerDirectory(
      JdbcClient jdbc,
      DataSource dataSource,
      CustomerAccess access,
      PhoneNumbers phoneNumbers,
      FieldConditions fieldConditions,
      RowDetails details,
      IdentityApi identity,
      CustomerValues values) {
    this.jdbc = jdbc;
    this.values = values;
    this.identity = identity;
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
  public Slice<CustomerRow> search(
      CustomerFilter filter, CustomerSort sort, String cursor, int limit) {
    return page(filter, sort, cursor, limit, 0, List.of("customer.read"));
  }

  /**
   * Page {@code number} (from 1, at most {@link #NUMBERED_PAGES}) of {@code size} customers, for
   * the page numbers of the list; its cursors page on from there.
   */
  public Slice<CustomerRow> page(CustomerFilter filter, CustomerSort sort, int number, int size) {
    int page = Math.clamp(number, 1, NUMBERED_PAGES);
    return page(filter, sort, null, size, (page - 1) * Slice.size(size, MAX_LIMIT), READ);
  }

  /**
   * How many customers the viewer may read match the filter: counted up to {@link
   * CustomerCount#CAP}, and beyond it PostgreSQL's estimate of the same statement (H2: "more
   * than").
   */
  public CustomerCount count(CustomerFilter filter) {
    return count(filter, CustomerCount.CAP);
  }

  /** The same, counting no more than {@code cap} rows. */
  CustomerCount count(CustomerFilter filter, int cap) {
    CustomerCount exact = count(filter, false, cap);
    return exact.value() == 0 && fuzzyPossible(filter) ? count(filter, true, cap) : exact;
  }

  private CustomerCount count(CustomerFilter filter, boolean fuzzy, int cap) {
    Where where = new Where();
    conditions(filter, READ, fuzzy, where);
    where.param("cap", cap + 1);
    long counted =
        where
            .query(
                jdbc,
                "select count(*) from (select 1 from customer_customer c where ",
                "limit :cap) x")
            .query(Long.class)
            .single();
    if (counted <= cap) {
      return CustomerCount.exact(counted);
    }
    if (!postgres) {
      return CustomerCount.moreThan(cap);
    }
    try {
      // the planner's estimate of the same statement: no row read
      String plan =
          where
              .query(jdbc, "explain (format json) select 1 from customer_customer c where ")
              .query(String.class)
              .single();
      Matcher rows = PLAN_ROWS.matcher(plan);
      return rows.find()
          ? CustomerCount.about(Math.round(Double.parseDouble(rows.group(1))), cap)
          : CustomerCount.moreThan(cap);
    } catch (DataAccessException | NumberFormatException e) {
      return CustomerCount.moreThan(cap);
    }
  }

  /**
   * The ids of the live customers matching the filter (names exactly, never by similarity) that the
   * viewer may read, in the order of their ids after {@code afterId} ({@code null}: from the
   * first), at most {@code limit} (≤ {@value #MAX_IDS}): an audience read a page at a time.
   */
  public List<UUID> idsAfter(CustomerFilter filter, UUID afterId, int limit) {
    Where where = new Where();
    conditions(filter, READ, false, where);
    if (afterId != null) {
      where.and("c.id > :afterId", "afterId", afterId);
    }
    where.param("limit", Math.clamp(limit, 1, MAX_IDS));
    return where
        .query(jdbc, "select c.id from customer_customer c where ", "order by c.id limit :limit")
        .query(UUID.class)
        .list();
  }

  private boolean fuzzyPossible(CustomerFilter filter) {
    return postgres && filter.text() != null && NameKey.of(filter.text()).length() >= 3;
  }

  private Slice<CustomerRow> page(
      CustomerFilter filter,
      CustomerSort sort,
      String cursorText,
      int limit,
      int skip,
      List<String> permissions) {
    CustomerCursor cursor = CustomerCursor.decode(cursorText, sort);
    if (cursor != null) {
      return page(filter, sort, cursor, limit, 0, permissions, cursor.fuzzy());
    }
    Slice<CustomerRow> exact = page(filter, sort, null, limit, skip, permissions, false);
    // no name contains the text: look for similar names (typos), on PostgreSQL's trigram index
    return exact.items().isEmpty() && fuzzyPossible(filter)
        ? page(filter, sort, null, limit, skip, permissions, true)
        : exact;
  }

  /** Every matching customer the viewer may read and export, in order, a chunk at a time. */
  public void forEachForExport(
      CustomerFilter filter, CustomerSort sort, Consumer<List<CustomerRow>> chunk) {
    String cursor = null;
    do {
      Slice<CustomerRow> slice =
          page(filter, sort, cursor, EXPORT_CHUNK, 0, List.of("customer.read", "customer.export"));
      if (!slice.items().isEmpty()) {
        chunk.accept(slice.items());
      }
      cursor = slice.nextCursor();
    } while (cursor != null);
  }

  private Slice<CustomerRow> page(
      CustomerFilter filter,
      CustomerSort sort,
      CustomerCursor cursor,
      int limit,
      int skip,
      List<String> permissions,
      boolean fuzzy) {
    int size = Slice.size(limit, MAX_LIMIT);
    boolean valued = sort.key().isValue();
    // sorted by value: the ranks of the customers whose value the user may see (a 422 otherwise)
    QueryPart head = valued ? values.rankedHead() : QueryPart.of(SELECT);
    Where where = new Where();
    boolean broad = conditions(filter, permissions, fuzzy, where);
    boolean backwards = cursor != null && cursor.before();
    CustomerOrder order = CustomerOrder.of(sort.key(), sort.descending() ^ backwards);
    if (cursor != null) {
      where.and(order.after(position(sort, cursor)));
    }
    where.param("limit", size + 1);
    where.param("skip", skip);
    // A text found inside a hundred thousand names: sorting them all for one page would take the
    // time of reading them all. The page is then sorted from the first MATCH_WINDOW matches found
    // (all of them when there are fewer), and the search box asks for a longer text.
    if (broad) {
      // the same matches for the same text on every page: a scan starts at the table's first block
      jdbc.sql("set local synchronize_seqscans = off").update();
    }
    QueryPart statement =
        broad
            ? QueryPart.join(
                "",
                List.of(
                    QueryPart.of("select * from ("),
                    head,
                    where.part(),
                    QueryPart.of(" limit " + MATCH_WINDOW + ") c "),
                    QueryPart.of(order.orderBy()),
                    QueryPart.of(" limit :limit offset :skip")))
            : QueryPart.join(
                "",
                List.of(
                    head,
                    where.part(),
                    QueryPart.of(" "),
                    QueryPart.of(order.orderBy()),
                    QueryPart.of(" limit :limit offset :skip")));
    List<Base> rows =
        new ArrayList<>(statement.query(jdbc).query((rs, n) -> base(rs, valued)).list());
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
        next = new CustomerCursor(sort, fuzzy, false, value(sort, last), last.id()).encode();
      }
      if ((!backwards && (cursor != null || skip > 0)) || (backwards && more)) {
        previous = new CustomerCursor(sort, fuzzy, true, value(sort, first), first.id()).encode();
      }
    }
    return new Slice<>(details.complete(rows.stream().map(Base::row).toList()), next, previous);
  }

  /**
   * Adds the conditions of the filter; true when they may match a large part of the table (a name
   * containing a text).
   */
  private boolean conditions(
      CustomerFilter filter, List<String> permissions, boolean fuzzy, Where where) {
    where.and("c.deleted_at is null");
    for (String permission : permissions) {
      where.and(access.condition(permission));
    }
    boolean broad = filter.text() != null && text(filter.text(), fuzzy, where);
    if (filter.stage() != null) {
      where.and("c.stage = :stage", "stage", filter.stage().name());
    }
    if (filter.ownerId() != null) {
      where.and("c.owner_id = :ownerId", "ownerId", filter.ownerId());
    }
    if (filter.orgUnitId() != null) {
      // the unit and the units below it, as identity renders it; an unknown unit matches nothing
      where.and(
          identity
              .orgUnit(new OrgUnitId(filter.orgUnitId()))
              .map(unit -> unit.subtree("c.org_unit_id"))
              .orElse(QueryPart.NEVER));
    }
    if (filter.sector() != null) {
      where.and(
          "c.sector_id in (select s.id from customer_sector s where s.id = :sectorId or s.parent_id = :sectorId)",
          "sectorId",
          fieldConditions.sectorId(filter.sector()));
    }
    for (int i = 0; i < filter.tags().size(); i++) {
      where.and(
          QueryPart.of(
                  "exists (select 1 from customer_tag t where t.customer_id = c.id and t.tag = :tag)",
                  "tag",
                  filter.tags().get(i))
              .numbered(i));
    }
    fieldConditions.add(filter.fields(), where);
    values.filter(filter, where);
    return broad;
  }

  /**
   * A phone (any format), an email, or a name or code, told apart by their shape; true when the
   * condition may match a large part of the table (a name containing the text).
   */
  private boolean text(String text, boolean fuzzy, Where where) {
    if (text.contains("@")) {
      // driven from the addresses (an index range), not by probing every customer in name order
      where.and(
          "c.id in (select e.customer_id from customer_email e where e.address like :email "
              + Like.ESCAPE
              + ")",
          "email",
          Like.startsWith(text.toLowerCase(Locale.ROOT)));
      return false;
    }
    if (PHONE_LIKE.matcher(text).matches()) {
      // without a country code: a number of the user's region (9123 4567 in a Hong Kong branch)
      var phone = phoneNumbers.toE164(text, access.region());
      if (phone.isPresent()) {
        where.and(
            "exists (select 1 from customer_phone p where p.customer_id = c.id and p.number = :phone)",
            "phone",
            phone.get());
        return false;
      }
    }
    String key = NameKey.of(text);
    where.param("code", text.toUpperCase(Locale.ROOT));
    if (key.isEmpty()) {
      where.and("c.code = :code");
    } else if (!postgres && pinyin(key)) {
      where.and(
          "(c.code = :code or c.name_key like :nameLike "
              + Like.ESCAPE
              + " or c.name_pinyin like :nameLike "
              + Like.ESCAPE
              + ")",
          "nameLike",
          Like.contains(key));
    } else if (!postgres) {
      where.and(
          "(c.code = :code or c.name_key like :nameLike " + Like.ESCAPE + ")",
          "nameLike",
          Like.contains(key));
    } else if (key.length() < 3) {
      // too short for a code; the lower bound lets the name index start at the prefix
      where.and("c.name_key >= :nameFrom and c.name_key like :nameLike " + Like.ESCAPE);
      where.param("nameFrom", key);
      where.param("nameLike", Like.startsWith(key));
    } else if (fuzzy) {
      where.and("c.name_key % :nameKey", "nameKey", key);
    } else if (pinyin(key)) {
      // the name's pinyin on its own trigram index: PostgreSQL ORs the two index scans
      where.and(
          "(c.code = :code or c.name_key like :nameLike "
              + Like.ESCAPE
              + " or c.name_pinyin like :nameLike "
              + Like.ESCAPE
              + ")",
          "nameLike",
          Like.contains(key));
      return true;
    } else {
      where.and(
          "(c.code = :code or c.name_key like :nameLike " + Like.ESCAPE + ")",
          "nameLike",
          Like.contains(key));
      return true;
    }
    return false;
  }

  /**
   * Whether a name key may be pinyin ("wang", "wangxiaoming", "wxm"): three or more Latin letters.
   * Shorter keys search the start of names only, in name order, which pinyin would turn into a
   * scan.
   */
  private static boolean pinyin(String key) {
    if (key.length() < 3) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char ch = key.charAt(i);
      if (ch < 'a' || ch > 'z') {
        return false;
      }
    }
    return true;
  }

  /**
   * The cursor's position as the order's keyset binds it: its sort value and id; for an order by
   * value the rank (the value's first character), the name key (the rest) and the id.
   */
  private static Object[] position(CustomerSort sort, CustomerCursor cursor) {
    String value = cursor.value();
    if (sort.key().isValue()) {
      if (value.isEmpty() || value.charAt(0) < '1' || value.charAt(0) > '5') {
        throw CustomerCursor.FORMAT.refusal();
      }
      return new Object[] {value.charAt(0) - '0', value.substring(1), cursor.id()};
    }
    if (!sort.key().isTime()) {
      return new Object[] {value, cursor.id()};
    }
    try {
      return new Object[] {SqlTime.utc(Instant.parse(value)), cursor.id()};
    } catch (DateTimeParseException e) {
      throw CustomerCursor.FORMAT.refusal();
    }
  }

  private static String value(CustomerSort sort, Base row) {
    return switch (sort.key()) {
      case NAME -> row.nameKey();
      case CODE -> row.row().code();
      case CREATED -> row.row().createdAt().toString();
      case UPDATED -> row.row().updatedAt().toString();
      case TIER -> row.tierRank() + row.nameKey();
      case GRADE -> row.gradeRank() + row.nameKey();
    };
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

  private static Base base(ResultSet rs, boolean valued) throws SQLException {
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
            null,
            null,
            SqlTime.instant(rs.getObject("created_at", OffsetDateTime.class)),
            SqlTime.instant(rs.getObject("updated_at", OffsetDateTime.class)),
            rs.getLong("version"));
    return valued
        ? new Base(row, rs.getString("name_key"), rs.getInt("tier_rank"), rs.getInt("grade_rank"))
        : new Base(row, rs.getString("name_key"), 0, 0);
  }

  /**
   * A row as read, before its phones, emails, tags and names are added; {@code sector} holds the
   * sector id; the ranks of its tier and grade when the list is sorted by value.
   */
  record Base(CustomerRow row, String nameKey, int tierRank, int gradeRank) {

    UUID id() {
      return row.id();
    }
  }
}
