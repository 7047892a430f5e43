package io.pyra.customer.profile;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Human-readable customer codes: a configurable prefix and a zero-padded number, e.g. {@code
 * C-000123}.
 */
@Component
public class CustomerCodes {

  private final JdbcClient jdbc;
  private final String prefix;

  CustomerCodes(JdbcClient jdbc, @Value("${pyra.customer.code-prefix:C-}") String prefix) {
    this.jdbc = jdbc;
    this.prefix = prefix;
  }

  public String next() {
    long number = jdbc.sql("select nextval('customer_code_seq')").query(Long.class).single();
    return format(number);
  }

  public String format(long number) {
    return prefix + String.format("%06d", number);
  }
}
