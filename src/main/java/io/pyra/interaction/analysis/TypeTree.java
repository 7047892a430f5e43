package io.pyra.interaction.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contact record types as a tree, to roll counts up it: a type counts its own records and its
 * sub-types'.
 */
@Component
class TypeTree {

  private record Type(
      UUID id, UUID parentId, String code, String nameEn, String nameZh, boolean active) {}

  private final JdbcClient jdbc;

  TypeTree(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Every type in tree order (siblings by their sort order) with its rolled-up count; inactive
   * types only when they have records.
   */
  List<ContactReport.TypeCount> rollUp(Map<UUID, Long> own, Locale locale) {
    List<Type> all =
        jdbc.sql(
                "select id, parent_id, code, name_en, name_zh, active from interaction_type"
                    + " order by sort_order, code")
            .query(
                (rs, n) ->
                    new Type(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6)))
            .list();
    Map<UUID, List<Type>> children = new HashMap<>();
    Map<UUID, Type> byId = new HashMap<>();
    all.forEach(t -> byId.put(t.id(), t));
    all.forEach(t -> children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t));
    Map<UUID, Long> rolled = new HashMap<>();
    all.stream().filter(t -> t.parentId() == null).forEach(t -> roll(t, own, children, rolled));
    List<ContactReport.TypeCount> rows = new ArrayList<>();
    boolean chinese = "zh".equals(locale.getLanguage());
    walk(children.getOrDefault(null, List.of()), 0, children, byId, own, rolled, chinese, rows);
    return rows;
  }

  private static long roll(
      Type type, Map<UUID, Long> own, Map<UUID, List<Type>> children, Map<UUID, Long> rolled) {
    long sum = own.getOrDefault(type.id(), 0L);
    for (Type child : children.getOrDefault(type.id(), List.of())) {
      sum += roll(child, own, children, rolled);
    }
    rolled.put(type.id(), sum);
    return sum;
  }

  private static void walk(
      List<Type> level,
      int depth,
      Map<UUID, List<Type>> children,
      Map<UUID, Type> byId,
      Map<UUID, Long> own,
      Map<UUID, Long> rolled,
      boolean chinese,
      List<ContactReport.TypeCount> rows) {
    for (Type type : level) {
      long count = rolled.getOrDefault(type.id(), 0L);
      if (!type.active() && count == 0) {
        continue;
      }
      Type parent = type.parentId() == null ? null : byId.get(type.parentId());
      rows.add(
          new ContactReport.TypeCount(
              type.code(),
              chinese ? type.nameZh() : type.nameEn(),
              parent == null ? null : parent.code(),
              depth,
              count,
              own.getOrDefault(type.id(), 0L)));
      walk(
          children.getOrDefault(type.id(), List.of()),
          depth + 1,
          children,
          byId,
          own,
          rolled,
          chinese,
          rows);
    }
  }
}
