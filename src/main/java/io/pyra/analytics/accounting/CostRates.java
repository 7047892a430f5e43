package io.pyra.analytics.accounting;

import io.pyra.platform.SqlTime;
import io.pyra.platform.effort.ServiceEffort;
import io.pyra.platform.effort.ServiceEffortSource;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the administrator prices effort at: a unit cost per channel, an hourly cost per role and the
 * standard minutes of a task done. Unset rates are zero.
 */
@Component
public class CostRates {

  /** The largest unit or hourly cost accepted. */
  public static final BigDecimal MONEY_MAX = new BigDecimal("1000000");

  /** The most standard minutes of a task (a day). */
  public static final int MINUTES_MAX = 1440;

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  /** The rates in force: by channel code, by role code, and the standard minutes by kind. */
  public record Rates(
      Map<String, BigDecimal> channels,
      Map<String, BigDecimal> roles,
      Map<String, BigDecimal> minutes) {

    /** A task's standard minutes. */
    public BigDecimal taskMinutes() {
      return minutes.getOrDefault(ServiceEffort.TASK, BigDecimal.ZERO);
    }

    /** The minutes {@code effort} counts: its own plus the standard minutes of its items. */
    public BigDecimal minutesOf(ServiceEffort effort) {
      return BigDecimal.valueOf(effort.minutes())
          .add(
              minutes
                  .getOrDefault(effort.kind(), BigDecimal.ZERO)
                  .multiply(BigDecimal.valueOf(effort.count())));
    }

    /**
     * What {@code effort} costs, done by a person whose roles are {@code roleCodes}: its items at
     * their channel's unit cost, plus its minutes at the hourly cost of the dearest of the roles.
     */
    public BigDecimal costOf(ServiceEffort effort, Collection<String> roleCodes) {
      BigDecimal unit =
          effort.channel() == null
              ? BigDecimal.ZERO
              : channels.getOrDefault(effort.channel(), BigDecimal.ZERO);
      BigDecimal hourly =
          roleCodes.stream()
              .map(r -> roles.getOrDefault(r, BigDecimal.ZERO))
              .reduce(BigDecimal.ZERO, BigDecimal::max);
      return unit.multiply(BigDecimal.valueOf(effort.count()))
          .add(minutesOf(effort).multiply(hourly).divide(SIXTY, 6, RoundingMode.HALF_EVEN));
    }
  }

  private final JdbcClient jdbc;
  private final List<ServiceEffortSource> sources;

  CostRates(JdbcClient jdbc, List<ServiceEffortSource> sources) {
    this.jdbc = jdbc;
    this.sources = sources;
  }

  /** The channel codes the effort sources price per unit, in order. */
  public List<String> channels() {
    return sources.stream().flatMap(s -> s.channels().stream()).distinct().sorted().toList();
  }

  /** The rates in force. */
  @Transactional(readOnly = true)
  public Rates current() {
    Map<String, BigDecimal> channels = new TreeMap<>();
    Map<String, BigDecimal> roles = new TreeMap<>();
    Map<String, BigDecimal> minutes = new TreeMap<>();
    jdbc.sql("select kind, rate_key, amount from analytics_cost_rate")
        .query(
            rs -> {
              Map<String, BigDecimal> into =
                  switch (rs.getString(1)) {
                    case "CHANNEL" -> channels;
                    case "ROLE" -> roles;
                    default -> minutes;
                  };
              into.put(rs.getString(2), rs.getBigDecimal(3));
            });
    return new Rates(channels, roles, minutes);
  }

  /**
   * Replaces the rates: {@code channels} by code (one of {@code knownChannels}), {@code roles} by
   * code (one of {@code knownRoles}), each 0 to {@link #MONEY_MAX}; {@code taskMinutes} 0 to {@link
   * #MINUTES_MAX} (unchanged when null). Every fault is a 422 naming its field; nothing is stored.
   */
  @Transactional
  public Rates replace(
      Map<String, BigDecimal> channels,
      Map<String, BigDecimal> roles,
      BigDecimal taskMinutes,
      Collection<String> knownChannels,
      Collection<String> knownRoles) {
    List<RuleViolation> violations = new ArrayList<>();
    Map<String, BigDecimal> byChannel = checked("channels", channels, knownChannels, violations);
    Map<String, BigDecimal> byRole = checked("roles", roles, knownRoles, violations);
    if (taskMinutes != null
        && (taskMinutes.signum() < 0
            || taskMinutes.compareTo(BigDecimal.valueOf(MINUTES_MAX)) > 0
            || taskMinutes.stripTrailingZeros().scale() > 0)) {
      violations.add(
          new RuleViolation(
              "taskMinutes", "range", "accounting.rates.taskMinutes.range", MINUTES_MAX));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    Instant now = Instant.now();
    jdbc.sql("delete from analytics_cost_rate where kind in ('CHANNEL', 'ROLE')").update();
    byChannel.forEach((code, amount) -> insert("CHANNEL", code, amount, now));
    byRole.forEach((code, amount) -> insert("ROLE", code, amount, now));
    if (taskMinutes != null) {
      jdbc.sql("delete from analytics_cost_rate where kind = 'MINUTES' and rate_key = :key")
          .param("key", ServiceEffort.TASK)
          .update();
      insert("MINUTES", ServiceEffort.TASK, taskMinutes, now);
    }
    return current();
  }

  private void insert(String kind, String key, BigDecimal amount, Instant at) {
    jdbc.sql(
            "insert into analytics_cost_rate (kind, rate_key, amount, updated_at)"
                + " values (:kind, :key, :amount, :at)")
        .param("kind", kind)
        .param("key", key)
        .param("amount", amount)
        .param("at", SqlTime.utc(at))
        .update();
  }

  private static Map<String, BigDecimal> checked(
      String field,
      Map<String, BigDecimal> typed,
      Collection<String> known,
      List<RuleViolation> violations) {
    Map<String, BigDecimal> rates = new TreeMap<>();
    if (typed == null) {
      return rates;
    }
    typed.forEach(
        (key, amount) -> {
          String code = key == null ? "" : key.strip().toUpperCase(java.util.Locale.ROOT);
          String at = field + "." + code;
          if (!known.contains(code)) {
            violations.add(
                new RuleViolation(
                    field, "one-of", "accounting.rates." + field + ".one-of", echo(code)));
          } else if (amount == null) {
            violations.add(
                new RuleViolation(at, "required", "accounting.rates.amount.required", echo(code)));
          } else if (amount.signum() < 0
              || amount.compareTo(MONEY_MAX) > 0
              || amount.stripTrailingZeros().scale() > 2) {
            violations.add(
                new RuleViolation(
                    at, "range", "accounting.rates.amount.range", MONEY_MAX.toPlainString()));
          } else if (rates.put(code, amount) != null) {
            violations.add(new RuleViolation(at, "duplicate", "accounting.rates.duplicate"));
          }
        });
    return rates;
  }

  private static String echo(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }
}
