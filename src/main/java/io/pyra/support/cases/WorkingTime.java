package io.pyra.support.cases;

import java.time.Duration;
import java.time.Instant;

/** Time counted on a business calendar: only its working hours count. */
public interface WorkingTime {

  /** The instant at which {@code working} working time has passed since {@code start}. */
  Instant plus(Instant start, Duration working);

  /** The working time between two instants (zero when {@code to} is not after {@code from}). */
  Duration between(Instant from, Instant to);
}
