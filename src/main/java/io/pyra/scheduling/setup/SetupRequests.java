package io.pyra.scheduling.setup;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.scheduling.setup.SetupBookings.BookingFacts;
import io.pyra.scheduling.setup.SetupBookings.PcSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Set-up requests made by hand (a PC set the booking holds, set up with an active profile) and
 * given to a technician of the centre, or taken by the one who works it.
 */
@Service
@Transactional
public class SetupRequests {

  public static final String TECHNICIAN = "TECHNICIAN";

  /** The most machines one request lists. */
  public static final int MACHINES_MAX = 500;

  private final JdbcClient jdbc;
  private final SetupBookings bookings;
  private final SetupDirectory directory;
  private final SetupProfiles profiles;
  private final SetupAccess access;
  private final IdentityApi identity;

  SetupRequests(
      JdbcClient jdbc,
      SetupBookings bookings,
      SetupDirectory directory,
      SetupProfiles profiles,
      SetupAccess access,
      IdentityApi identity) {
    this.jdbc = jdbc;
    this.bookings = bookings;
    this.directory = directory;
    this.profiles = profiles;
    this.access = access;
    this.identity = identity;
  }

  /** A request for one PC set of a booking the user's {@code setup.work} reaches. */
  public SetupRequest create(UUID bookingId, UUID resourceId, UUID profileId) {
    List<RuleViolation> violations = new ArrayList<>();
    BookingFacts booking = null;
    if (bookingId == null) {
      violations.add(new RuleViolation("bookingId", "required", "setup.request.booking.required"));
    } else {
      booking =
          bookings.find(bookingId).filter(b -> access.reaches(null, b.orgUnitId())).orElse(null);
      if (booking == null) {
        violations.add(
            new RuleViolation("bookingId", "not-found", "setup.request.booking.not-found"));
      } else if (booking.cancelled()) {
        violations.add(
            new RuleViolation("bookingId", "cancelled", "setup.request.booking.cancelled"));
      }
    }
    PcSet pcSet = null;
    if (resourceId == null) {
      violations.add(
          new RuleViolation("resourceId", "required", "setup.request.resource.required"));
    } else if (booking != null) {
      pcSet =
          bookings.pcSets(booking.id()).stream()
              .filter(p -> p.id().equals(resourceId))
              .findFirst()
              .orElse(null);
      if (pcSet == null) {
        violations.add(
            new RuleViolation("resourceId", "not-held", "setup.request.resource.not-held"));
      } else if (pcSet.seats() == null || pcSet.seats() > MACHINES_MAX) {
        violations.add(
            new RuleViolation("resourceId", "seats", "setup.request.resource.seats", MACHINES_MAX));
      } else if (exists(booking.id(), resourceId)) {
        violations.add(new RuleViolation("resourceId", "unique", "setup.request.exists"));
      }
    }
    if (profileId == null) {
      violations.add(new RuleViolation("profileId", "required", "setup.request.profile.required"));
    } else if (profiles.find(profileId).filter(SetupProfile::active).isEmpty()) {
      violations.add(
          new RuleViolation("profileId", "not-found", "setup.request.profile.not-found"));
    }
    SetupProfiles.refuse(violations);
    UUID id = insert(booking, pcSet, profileId, Instant.now());
    return directory.get(id);
  }

  /**
   * Gives the request to a technician of its centre ({@code technicianId}), or to the user when
   * null, against the version read.
   */
  public SetupRequest assign(UUID id, UUID technicianId, long version) {
    SetupRequest request = directory.get(id);
    UUID to = technicianId == null ? access.me() : technicianId;
    if (technicianId != null
        && !identity
            .activeUsersWithRole(TECHNICIAN, new OrgUnitId(request.orgUnitId()))
            .contains(new UserId(technicianId))) {
      throw new BusinessRuleException(
          "technicianId", "not-technician", "setup.request.technician.unknown");
    }
    int changed =
        jdbc.sql(
                """
                update scheduling_setup_request
                   set technician_id = :to, version = version + 1, updated_at = :now
                 where id = :id and version = :version""")
            .param("to", to)
            .param("now", SqlTime.utc(Instant.now()))
            .param("id", id)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleVersionException(SetupDirectory.RECORD_TYPE, version, request.version());
    }
    return directory.find(id).orElseGet(() -> directory.get(id));
  }

  /** The technicians of the request's centre (and below) one may give it to. */
  @Transactional(readOnly = true)
  public List<UserId> technicians(SetupRequest request) {
    return identity.activeUsersWithRole(TECHNICIAN, new OrgUnitId(request.orgUnitId()));
  }

  boolean exists(UUID bookingId, UUID resourceId) {
    return jdbc.sql(
                """
            select count(*) from scheduling_setup_request
             where booking_id = :booking and resource_id = :resource""")
            .param("booking", bookingId)
            .param("resource", resourceId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** A new OPEN request and its machines, all PENDING. */
  UUID insert(BookingFacts booking, PcSet pcSet, UUID profileId, Instant now) {
    UUID id = Ids.newId();
    jdbc.sql(
            """
            insert into scheduling_setup_request (id, booking_id, resource_id, profile_id,
              org_unit_id, technician_id, due_at, machines, status, warned_at, version, created_at,
              updated_at)
            values (:id, :booking, :resource, :profile, :unit, null, :due, :machines, 'OPEN', null,
              0, :now, :now)""")
        .param("id", id)
        .param("booking", booking.id())
        .param("resource", pcSet.id())
        .param("profile", profileId)
        .param("unit", booking.orgUnitId())
        .param("due", SqlTime.utc(booking.startsAt()))
        .param("machines", pcSet.seats())
        .param("now", SqlTime.utc(now))
        .update();
    for (int no = 1; no <= pcSet.seats(); no++) {
      jdbc.sql(
              """
              insert into scheduling_setup_machine (request_id, machine_no, state, note,
                updated_by, updated_at)
              values (:id, :no, 'PENDING', null, null, :now)""")
          .param("id", id)
          .param("no", no)
          .param("now", SqlTime.utc(now))
          .update();
    }
    return id;
  }

  Optional<SetupRequest> find(UUID id) {
    return directory.find(id);
  }
}
