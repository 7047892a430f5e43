package io.pyra.sales.money;

import io.pyra.identity.CurrentUser;
import io.pyra.platform.SqlTime;
import io.pyra.platform.audit.AuditEvent;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.sales.SalesProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The company's base currency, in which every analysis reports: the one row of {@code
 * sales_setting}, stored at start-up from {@code pyra.sales.base-currency} when missing, then
 * changed by holders of {@code sales.settings}.
 *
 * <p>{@link #code()} (asked by every order written, for its exchange rate) is kept in memory: a
 * change through Pyra forgets it on this node at once (and again once the change commits), and it
 * expires after {@link #REMEMBERED} so that a change made on another node is seen here soon.
 */
@Service
public class BaseCurrency implements ApplicationRunner {

  public static final String PERMISSION = "sales.settings";

  /** How long this node trusts the code it read. */
  static final Duration REMEMBERED = Duration.ofSeconds(5);

  /** The setting as stored: the currency and the version a change must name. */
  public record Setting(String currency, long version, Instant updatedAt) {}

  private final JdbcClient jdbc;
  private final SalesProperties properties;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private volatile Remembered remembered;

  private record Remembered(String code, long readAtNanos) {
    boolean fresh(long now) {
      return now - readAtNanos < REMEMBERED.toNanos();
    }
  }

  BaseCurrency(
      JdbcClient jdbc, SalesProperties properties, CurrentUser currentUser, AuditLog audit) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensure();
  }

  /** Whether the current user may change the base currency and the rates. */
  public boolean mayChange() {
    return currentUser.has(PERMISSION);
  }

  /** Stores the configured first value when no base currency is stored yet. */
  @Transactional
  public Setting ensure() {
    Optional<Setting> stored = read();
    if (stored.isPresent()) {
      return stored.get();
    }
    String code = Currencies.require(properties.baseCurrency(), "pyra.sales.base-currency");
    Instant now = Instant.now();
    try {
      jdbc.sql(
              "insert into sales_setting (id, base_currency, version, updated_at) values (1, :code, 0, :now)")
          .param("code", code)
          .param("now", SqlTime.utc(now))
          .update();
    } catch (DuplicateKeyException raced) {
      return read().orElseThrow();
    }
    forget();
    return new Setting(code, 0, now);
  }

  /** The base currency's code (e.g. CNY), as read within the last few seconds. */
  public String code() {
    long now = System.nanoTime();
    Remembered known = remembered;
    if (known != null && known.fresh(now)) {
      return known.code();
    }
    String code = setting().currency();
    remembered = new Remembered(code, now);
    return code;
  }

  @Transactional(readOnly = true)
  public Setting setting() {
    return read()
        .orElseGet(
            () ->
                new Setting(
                    properties.baseCurrency().strip().toUpperCase(Locale.ROOT), 0, Instant.now()));
  }

  /**
   * Changes the base currency against the version the user read. Rates stored for the new base
   * currency are not needed: its rate is 1.
   */
  @Transactional
  public Setting change(String currency, long version) {
    if (!currentUser.has(PERMISSION)) {
      throw new AccessRefusedException("sales.settings is needed to change the base currency");
    }
    String code = Currencies.require(currency, "baseCurrency");
    Setting current = ensure();
    if (current.version() != version) {
      throw new StaleVersionException("sales_setting", version, current.version());
    }
    if (current.currency().equals(code)) {
      return current;
    }
    Instant now = Instant.now();
    jdbc.sql(
            """
            update sales_setting set base_currency = :code, version = version + 1, updated_at = :now
             where id = 1 and version = :version""")
        .param("code", code)
        .param("now", SqlTime.utc(now))
        .param("version", version)
        .update();
    forget();
    audit.append(
        new AuditEvent(
            "UPDATE",
            "sales_setting",
            "1",
            currentUser.id().map(id -> id.value()).orElse(null),
            currentUser.username().orElse(null),
            List.of(new FieldChange("baseCurrency", current.currency(), code))));
    return read().orElseThrow();
  }

  /**
   * Forgets the remembered code now and again when the transaction ends: a request that read the
   * old value meanwhile does not keep it for long.
   */
  private void forget() {
    remembered = null;
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              remembered = null;
            }
          });
    }
  }

  private Optional<Setting> read() {
    return jdbc.sql("select base_currency, version, updated_at from sales_setting where id = 1")
        .query(
            (rs, n) ->
                new Setting(
                    rs.getString(1),
                    rs.getLong(2),
                    SqlTime.instant(rs.getObject(3, java.time.OffsetDateTime.class))))
        .optional();
  }
}
