package io.pyra.platform.effort;

import java.time.Instant;
import java.util.List;

/**
 * The extension point through which a module reports the effort its staff spent on customers
 * (contact records and tasks today; cases and bookings later), for analytics to price as cost to
 * serve and to weigh against the allocation plan. A module adds a Spring bean that implements it;
 * analytics reads every such bean and is not edited.
 *
 * <p>It lives in the open platform module, not in analytics: analytics reads sales, sales reads
 * interaction, so interaction may not depend on analytics without a cycle.
 */
public interface ServiceEffortSource {

  /**
   * The codes of the channels this source prices per unit (each a rate the administrator sets, e.g.
   * PHONE, VISIT); none when its effort is priced by time only.
   */
  List<String> channels();

  /**
   * The effort spent from {@code from} (included) until {@code until} (excluded), one row per
   * person, their org unit, customer, kind and channel; effort on no customer is left out.
   */
  List<ServiceEffort> effort(Instant from, Instant until);
}
