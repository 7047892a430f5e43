package io.pyra.analytics.grading;

import java.time.ZoneId;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the company's time zone where analytics' published value view reads "today" from (an
 * override holds until the end of its last day in that zone), written at every start from {@code
 * pyra.time-zone}, before the application serves anyone.
 */
@Component
class CompanyDay implements SmartInitializingSingleton {

  private final JdbcClient jdbc;
  private final ZoneId zone;

  CompanyDay(JdbcClient jdbc, @Value("${pyra.time-zone:Asia/Shanghai}") String zone) {
    this.jdbc = jdbc;
    this.zone = ZoneId.of(zone);
  }

  @Override
  public void afterSingletonsInstantiated() {
    jdbc.sql(
            "update analytics_company_day set time_zone = :zone where id = 1 and time_zone <> :zone")
        .param("zone", zone.getId())
        .update();
  }
}
