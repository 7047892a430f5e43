package io.pyra.identity.security;

import static io.pyra.platform.SqlTime.utc;

import io.pyra.platform.SqlTime;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses sign-in for a username after repeated failures. Kept in the database, so every node of a
 * cluster sees the same count; counted per username whether or not the user exists.
 */
@Component
class SignInThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration LOCK = Duration.ofMinutes(15);

  private final JdbcClient jdbc;

  SignInThrottle(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** When sign-in for this username is refused, the instant it is allowed again. */
  @Transactional(readOnly = true)
  Optional<Instant> lockedUntil(String username) {
    return jdbc.sql("select locked_until from identity_sign_in_throttle where username = ?")
        .param(key(username))
        .query(OffsetDateTime.class)
        .optional()
        .map(SqlTime::instant)
        .filter(until -> until.isAfter(Instant.now()));
  }

  /** Counts a failure; returns the lock's end when this failure locks the username. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  Optional<Instant> recordFailure(String username) {
    String key = key(username);
    Instant now = Instant.now();
    Instant windowStart = now.minus(LOCK);
    int updated =
        jdbc.sql(
                """
            update identity_sign_in_throttle
               set failures = case when last_failure_at < ? then 1 else failures + 1 end,
                   last_failure_at = ?
             where username = ?""")
            .params(utc(windowStart), utc(now), key)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into identity_sign_in_throttle (username, failures, last_failure_at) values (?, 1, ?)")
          .params(key, utc(now))
          .update();
    }
    int failures =
        jdbc.sql("select failures from identity_sign_in_throttle where username = ?")
            .param(key)
            .query(Integer.class)
            .single();
    if (failures >= MAX_FAILURES) {
      Instant until = now.plus(LOCK);
      jdbc.sql(
              "update identity_sign_in_throttle set locked_until = ?, failures = 0 where username = ?")
          .params(utc(until), key)
          .update();
      return Optional.of(until);
    }
    return Optional.empty();
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void recordSuccess(String username) {
    jdbc.sql("delete from identity_sign_in_throttle where username = ?")
        .param(key(username))
        .update();
  }

  private static String key(String username) {
    String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return key.length() > 254 ? key.substring(0, 254) : key;
  }
}
