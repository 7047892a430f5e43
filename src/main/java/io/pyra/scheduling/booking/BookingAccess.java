package io.pyra.scheduling.booking;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.identity.Visibility;
import io.pyra.platform.query.QueryPart;
import io.pyra.scheduling.resource.PlacedResource;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who reaches a booking: its booker (their own), and everyone whose scope of the permission reaches
 * its org unit; who may book in a unit ({@code booking.write} reaching it) and which resources one
 * sees ({@code resource.read} or {@code booking.write} reaching their centre).
 */
@Component
public class BookingAccess {

  public static final String READ = "booking.read";
  public static final String WRITE = "booking.write";
  public static final String RESOURCE_READ = "resource.read";

  private final CurrentUser currentUser;

  BookingAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  public UUID me() {
    return currentUser.requireId().value();
  }

  /** The signed-in user's display name. */
  String myName() {
    return currentUser.summary().map(u -> u.displayName()).orElse(null);
  }

  public boolean has(String permission) {
    return currentUser.has(permission);
  }

  /** The reach of {@code booking.read} as a condition on {@code scheduling_booking b}. */
  public QueryPart visible() {
    Visibility read = currentUser.visibility(READ);
    if (!read.granted()) {
      return QueryPart.NEVER;
    }
    return QueryPart.join(
            " or ",
            List.of(
                QueryPart.of("b.booked_by = :bkMe", "bkMe", me()),
                read.condition("b.booked_by", "b.org_unit_id")))
        .wrap("(", ")");
  }

  /** Whether the user's {@code permission} reaches a booking of {@code bookedBy} in the unit. */
  public boolean reaches(String permission, UUID bookedBy, UUID orgUnitId) {
    Visibility scope = currentUser.visibility(permission);
    if (!scope.granted()) {
      return false;
    }
    return me().equals(bookedBy) || scope.allows(new UserId(bookedBy), new OrgUnitId(orgUnitId));
  }

  /** Whether the user may book in the unit (of this path). */
  boolean mayBookIn(UUID orgUnitId, String path) {
    return currentUser.visibility(WRITE).includesUnit(new OrgUnitId(orgUnitId), path);
  }

  /** Whether the user sees the resource. */
  boolean sees(PlacedResource resource) {
    OrgUnitId unit = new OrgUnitId(resource.orgUnitId());
    return currentUser.visibility(RESOURCE_READ).includesUnit(unit, resource.unitPath())
        || currentUser.visibility(WRITE).includesUnit(unit, resource.unitPath());
  }
}
