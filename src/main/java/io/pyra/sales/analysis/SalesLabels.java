package io.pyra.sales.analysis;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.platform.LocalizedName;
import io.pyra.platform.PlaceNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How the keys of the analyses are named for people, in the reader's language: periods as written,
 * owners and org units by their names, products by code and name, categories, sources, stages and
 * lost reasons by their names, countries by name.
 */
@Component
public class SalesLabels {

  private final JdbcClient jdbc;
  private final IdentityApi identity;
  private final PlaceNames places;
  private final MessageSource messages;

  SalesLabels(JdbcClient jdbc, IdentityApi identity, PlaceNames places, MessageSource messages) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.places = places;
    this.messages = messages;
  }

  /** The label of every key (keys as the rows carry them; {@code "-"} is "not given"). */
  Map<String, String> of(SalesGrouping grouping, Collection<String> keys, Locale locale) {
    Map<String, String> labels = new HashMap<>();
    List<String> given = keys.stream().filter(k -> !SalesSummaryRow.NONE.equals(k)).toList();
    switch (grouping) {
      case OWNER -> {
        Map<UserId, String> names =
            identity.displayNames(ids(given).stream().map(UserId::new).toList());
        names.forEach((id, name) -> labels.put(id.value().toString(), name));
      }
      case ORG_UNIT -> {
        Map<OrgUnitId, String> names =
            identity.orgUnitNames(ids(given).stream().map(OrgUnitId::new).toList());
        names.forEach((id, name) -> labels.put(id.value().toString(), name));
      }
      case PRODUCT -> {
        if (!given.isEmpty()) {
          jdbc.sql("select id, code, name from sales_product where id in (:ids)")
              .param("ids", ids(given))
              .query(
                  rs -> {
                    labels.put(
                        rs.getObject(1, UUID.class).toString(),
                        rs.getString(2) + " · " + rs.getString(3));
                  });
        }
      }
      case CATEGORY -> {
        if (!given.isEmpty()) {
          jdbc.sql("select id, name_en, name_zh from sales_product_category where id in (:ids)")
              .param("ids", ids(given))
              .query(
                  rs -> {
                    labels.put(
                        rs.getObject(1, UUID.class).toString(),
                        new LocalizedName(rs.getString(2), rs.getString(3)).in(locale));
                  });
        }
      }
      case SOURCE -> {
        if (!given.isEmpty()) {
          jdbc.sql("select code, name_en, name_zh from sales_source where code in (:codes)")
              .param("codes", given)
              .query(
                  rs -> {
                    labels.put(
                        rs.getString(1),
                        new LocalizedName(rs.getString(2), rs.getString(3)).in(locale));
                  });
        }
      }
      case COUNTRY -> given.forEach(code -> labels.put(code, places.country(code, locale)));
      case QUARTER -> given.forEach(k -> labels.put(k, k.replace("-Q", " Q")));
      default -> given.forEach(k -> labels.put(k, k));
    }
    Map<String, String> complete = new HashMap<>();
    for (String key : keys) {
      complete.put(
          key,
          labels.getOrDefault(
              key, SalesSummaryRow.NONE.equals(key) ? none(grouping, locale) : key));
    }
    return complete;
  }

  /** "Not given" as the grouping says it: no product (a free description), no category … */
  public String none(SalesGrouping grouping, Locale locale) {
    return message("sales.analysis.none." + grouping.parameter(), locale);
  }

  public String message(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }

  private static List<UUID> ids(List<String> keys) {
    return keys.stream().map(UUID::fromString).toList();
  }
}
