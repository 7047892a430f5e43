package io.pyra.analytics.web;

import io.pyra.analytics.pyramid.PyramidScheme;
import io.pyra.analytics.pyramid.PyramidSchemes;
import io.pyra.analytics.pyramid.TierSnapshots;
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
  static final String CONFIGURE = "value.configure";

  /** The longest period a report covers. */
  static final int PERIOD_YEARS_MAX = 10;

  /** A period of days, both included. */
  record Period(LocalDate from, LocalDate to) {}

  private static final int ECHO_MAX = 100;

  private final PyramidSchemes schemes;
  private final io.pyra.customer.CustomerApi customers;
  private final CurrentUser currentUser;
  private final ZoneId zone;

  ValueRequests(
      PyramidSchemes schemes,
      io.pyra.customer.CustomerApi customers,
      CurrentUser currentUser,
      @Value("${pyra.time-zone:UTC}") String zone) {
    this.schemes = schemes;
    this.customers = customers;
    this.currentUser = currentUser;
    this.zone = ZoneId.of(zone);
  }

  /**
   * The whole number {@code text} gives for {@code field}, {@code absent} when it is not given; 422
   * naming the field by {@code messageKey} (with {@code args}) unless it is from {@code min} to
   * {@code max}.
   */
  static int whole(
      String field, String text, int absent, int min, int max, String messageKey, Object... args) {
    if (text == null) {
      return absent;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new BusinessRuleException(field, "range", messageKey, args);
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
   * The reaches a list of customers' names is cut to: the caller's value.read ({@code reach}) and
   * customer.read, so that nobody reads the name of a customer they may not read.
   */
  java.util.List<Visibility> readable(Visibility reach) {
    return java.util.List.of(reach, currentUser.visibility(CUSTOMER_READ));
  }

  static final String CUSTOMER_READ = "customer.read";

  /** Whether {@code reach} (of value.read) and the caller's customer.read both cover everyone. */
  boolean seesEveryone(Visibility reach) {
    return reach.scope() == io.pyra.identity.Scope.ALL
        && currentUser.visibility(CUSTOMER_READ).scope() == io.pyra.identity.Scope.ALL;
  }

  /**
   * Which customers' own text (id, code, name) the caller may read, as a condition on {@code c}
   * ({@code customer_card_view}): customer.read's reach, for lists of customers by name.
   */
  io.pyra.platform.query.QueryPart readableCustomers() {
    return currentUser.visibility(CUSTOMER_READ).condition("c.owner_id", "c.org_unit_id");
  }

  /**
   * The customers of {@code customer_card_view c} that both {@code reach} (of value.read) and the
   * caller's customer.read cover: a list that names customers shows only those the caller reads.
   */
  io.pyra.platform.query.QueryPart namedCustomers(Visibility reach) {
    java.util.List<Visibility> reaches = readable(reach);
    io.pyra.platform.query.QueryPart condition = io.pyra.platform.query.QueryPart.ALWAYS;
    for (int i = 0; i < reaches.size(); i++) {
      condition =
          condition.and(
              reaches.get(i).condition("c.owner_id", "c.org_unit_id").numbered(i).wrap("(", ")"));
    }
    return condition;
  }

  /**
   * The customer of {@code codeOrId} (code or id) when the caller's value.read and customer.read
   * both reach them; else 422 on "customer", saying nothing of whether they exist.
   */
  io.pyra.customer.CustomerRef readableCustomer(String codeOrId) {
    String wanted = codeOrId == null ? "" : codeOrId.strip();
    java.util.Optional<io.pyra.customer.CustomerRef> found = java.util.Optional.empty();
    if (!wanted.isEmpty() && wanted.length() <= 80) {
      try {
        found = customers.find(new io.pyra.customer.CustomerId(java.util.UUID.fromString(wanted)));
      } catch (IllegalArgumentException e) {
        found = customers.findByCode(wanted.toUpperCase(java.util.Locale.ROOT));
      }
    }
    return found
        .filter(ref -> customers.reaches(READ, ref) && customers.reaches(CUSTOMER_READ, ref))
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "customer", "not-found", "analytics.rfm.customer.unknown", echo(wanted)));
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

  /**
   * The period end of {@code text} for {@code field}: a month ({@code 2026-10}) or its last day
   * ({@code 2026-10-31}); 422 on the field when missing, malformed, not a month's last day or not
   * yet over.
   */
  LocalDate periodEnd(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new BusinessRuleException(field, "required", "analytics.period.required");
    }
    String typed = text.strip();
    LocalDate day;
    try {
      day =
          typed.length() == 7
              ? java.time.YearMonth.parse(typed).atEndOfMonth()
              : LocalDate.parse(typed);
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException(field, "type", "analytics.period.type");
    }
    if (!TierSnapshots.isPeriodEnd(day)) {
      throw new BusinessRuleException(field, "month-end", "analytics.period.month-end");
    }
    if (!day.isBefore(today())) {
      throw new BusinessRuleException(field, "future", "analytics.period.future");
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

  /**
   * The period of {@code from} and {@code to}: {@code to} today when absent, {@code from} the first
   * day of {@code to}'s month when absent; 422 naming the field when malformed, when from is after
   * to, or when it is longer than {@value #PERIOD_YEARS_MAX} years.
   */
  Period period(String from, String to) {
    LocalDate last = day("to", to, today());
    LocalDate first = day("from", from, last.withDayOfMonth(1));
    if (first.isAfter(last)) {
      throw new BusinessRuleException("from", "after-to", "accounting.period.from.after-to");
    }
    if (last.isAfter(first.plusYears(PERIOD_YEARS_MAX).minusDays(1))) {
      throw new BusinessRuleException(
          "to", "range", "accounting.period.to.range", PERIOD_YEARS_MAX);
    }
    return new Period(first, last);
  }

  private static LocalDate day(String field, String text, LocalDate otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException(field, "type", "accounting.period.day.type");
    }
  }
}
