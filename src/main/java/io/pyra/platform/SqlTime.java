package io.pyra.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants for plain JDBC: the PostgreSQL driver binds and reads {@link OffsetDateTime} but not
 * {@link Instant}, so JDBC code passes instants through here (always as UTC).
 */
public final class SqlTime {

  private SqlTime() {}

  public static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  public static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
