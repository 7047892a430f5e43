package io.pyra.platform.idempotency;

import io.pyra.platform.SqlTime;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets idempotency keys once no client retries them any more ({@code pyra.idempotency.keep}, a
 * day by default), every hour on one node; otherwise the table would grow with every create.
 */
@Component
public class IdempotencyKeyPurge {

  private final JdbcClient jdbc;
  private final Duration keep;

  IdempotencyKeyPurge(JdbcClient jdbc, @Value("${pyra.idempotency.keep:P1D}") Duration keep) {
    this.jdbc = jdbc;
    this.keep = keep;
  }

  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  @SchedulerLock(name = "platform.idempotency-key-purge", lockAtMostFor = "PT30M")
  public void onSchedule() {
    purge();
  }

  /** Deletes the keys older than the retry window; how many. */
  public int purge() {
    return jdbc.sql("delete from platform_idempotency_key where created_at < ?")
        .param(SqlTime.utc(Instant.now().minus(keep)))
        .update();
  }
}
