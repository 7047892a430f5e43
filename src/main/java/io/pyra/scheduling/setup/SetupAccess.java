package io.pyra.scheduling.setup;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.identity.Visibility;
import io.pyra.platform.query.QueryPart;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who works set-up requests: the reach of {@code setup.work} over the request's centre (at {@code
 * OWN}, the requests given to the user).
 */
@Component
public class SetupAccess {

  public static final String WORK = "setup.work";

  private final CurrentUser currentUser;

  SetupAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  public UUID me() {
    return currentUser.requireId().value();
  }

  public boolean works() {
    return currentUser.has(WORK);
  }

  /** The reach of {@code setup.work} as a condition on {@code scheduling_setup_request q}. */
  QueryPart visible() {
    return currentUser.visibility(WORK).condition("q.technician_id", "q.org_unit_id");
  }

  /** Whether the user's reach covers a request of the unit given to {@code technicianId}. */
  boolean reaches(UUID technicianId, UUID orgUnitId) {
    Visibility work = currentUser.visibility(WORK);
    return work.granted() && work.allows(UserId.ofNullable(technicianId), new OrgUnitId(orgUnitId));
  }
}
