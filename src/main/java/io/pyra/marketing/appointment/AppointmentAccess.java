package io.pyra.marketing.appointment;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.identity.Visibility;
import io.pyra.platform.query.QueryPart;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who reaches an appointment: the agent who booked it and the consultant who receives it (their
 * own), and everyone whose scope of the permission reaches its centre (an org unit).
 */
@Component
public class AppointmentAccess {

  public static final String READ = "appointment.read";
  public static final String WRITE = "appointment.write";
  public static final String RECEIVE = "appointment.receive";

  private final CurrentUser currentUser;

  AppointmentAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  public UUID me() {
    return currentUser.requireId().value();
  }

  public boolean has(String permission) {
    return currentUser.has(permission);
  }

  /** The reach of {@code appointment.read} as a condition on {@code marketing_appointment a}. */
  public QueryPart visible() {
    Visibility read = currentUser.visibility(READ);
    if (!read.granted()) {
      return QueryPart.NEVER;
    }
    return QueryPart.join(
            " or ",
            List.of(
                QueryPart.of("a.booked_by = :apMe", "apMe", me()),
                QueryPart.of("a.consultant_id = :apMe", "apMe", me()),
                read.condition("a.booked_by", "a.centre_id")))
        .wrap("(", ")");
  }

  /** Whether the user's {@code permission} reaches the appointment. */
  public boolean reaches(String permission, Appointment appointment) {
    Visibility scope = currentUser.visibility(permission);
    if (!scope.granted()) {
      return false;
    }
    UUID me = me();
    return me.equals(appointment.bookedBy())
        || me.equals(appointment.consultantId())
        || scope.allows(new UserId(appointment.bookedBy()), new OrgUnitId(appointment.centreId()));
  }
}
