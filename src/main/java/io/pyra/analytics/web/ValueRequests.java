package io.pyra.analytics.web;

import io.pyra.analytics.pyramid.PyramidScheme;
import io.pyra.analytics.pyramid.PyramidSchemes;
import io.pyra.identity.CurrentUser;
import io.pyra.identity.Visibility;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What every customer value request reads the same way: the caller's reach, the as-of day (today by
 * default, never in the future) and the scheme by its code.
 */
@Component
class ValueRequests {

  static final String READ = "value.read";
  static final String MANAGE = "value.manage";
  private static final int ECHO_MAX = 100;

  private final PyramidSchemes schemes;
  private final CurrentUser currentUser;
  private final ZoneId zone;

  ValueRequests(
      PyramidSchemes schemes,
      CurrentUser currentUser,
      @Value("${pyra.time-zone:UTC}") String zone) {
    this.schemes = schemes;
    this.currentUser = currentUser;
    this.zone = ZoneId.of(zone);
  }

  /** The caller's reach of {@code permission}; 403 when not granted at all. */
  Visibility require(String permission) {
    Visibility reach = currentUser.visibility(permission);
    if (!reach.granted()) {
      throw new AccessRefusedException(permission + " is needed for customer value");
    }
    return reach;
  }

  /**
   * The customers of {@code customer_card_view c} that both {@code reach} (of value.read) and the
   * caller's customer.read cover: a list that names customers shows only those the caller reads.
   */
  io.pyra.platform.query.QueryPart namedCustomers(Visibility reach) {
    return reach
        .condition("c.owner_id", "c.org_unit_id")
        .wrap("(", ")")
        .and(
            currentUser
                .visibility("customer.read")
                .condition("c.owner_id", "c.org_unit_id")
                .numbered(1)
                .wrap("(", ")"));
  }

  /** The company's time zone. */
  ZoneId zone() {
    return zone;
  }

  /** Today in the company's time zone. */
  LocalDate today() {
    return LocalDate.now(zone);
  }

  /** The as-of day of {@code text}: today when absent; 422 on "asOf" when malformed or future. */
  LocalDate asOf(String text) {
    LocalDate today = today();
    if (text == null || text.isBlank()) {
      return today;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException("asOf", "type", "analytics.pyramid.asOf.type");
    }
    if (day.isAfter(today)) {
      throw new BusinessRuleException("asOf", "future", "analytics.pyramid.asOf.future");
    }
    return day;
  }

  /** The scheme of {@code code}; 422 on "scheme" when there is none. */
  PyramidScheme scheme(String code) {
    return schemes
        .byCode(code)
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "scheme", "not-found", "analytics.pyramid.scheme.unknown", echo(code)));
  }

  /** A value the caller sent, shortened for a message. */
  static String echo(String text) {
    return text.length() > ECHO_MAX ? text.substring(0, ECHO_MAX) + "…" : text;
  }
}
