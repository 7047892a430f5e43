package io.pyra.scheduling.web;

import io.pyra.scheduling.setup.SetupMachine;
import io.pyra.scheduling.setup.SetupProfile;
import io.pyra.scheduling.setup.SetupRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Configuration profiles and set-up requests as the API shows them. */
final class SetupJson {

  private SetupJson() {}

  /** A profile; {@code software} one "name version" per line. */
  record Profile(
      UUID id,
      String code,
      String name,
      String operatingSystem,
      String software,
      String securityPolicy,
      boolean active,
      long version) {

    static Profile of(SetupProfile p) {
      return new Profile(
          p.id(),
          p.code(),
          p.name(),
          p.operatingSystem(),
          p.software(),
          p.securityPolicy(),
          p.active(),
          p.version());
    }
  }

  /** One machine of the checklist. */
  record Machine(int machineNo, String state, String note, String updatedBy, Instant updatedAt) {

    static Machine of(SetupMachine m) {
      return new Machine(
          m.machineNo(), m.state().name(), m.note(), m.updatedByName(), m.updatedAt());
    }
  }

  /**
   * A set-up request: {@code machines} the PC set's seats, {@code verified} how many are verified,
   * {@code status} OPEN, READY or CANCELLED; {@code checklist} (one request only) its machines.
   */
  record Request(
      UUID id,
      UUID bookingId,
      String bookingTitle,
      UUID resourceId,
      String resourceName,
      UUID profileId,
      String profileCode,
      String profileName,
      UUID centreId,
      String centreName,
      UUID technicianId,
      String technicianName,
      Instant dueAt,
      int machines,
      int verified,
      String status,
      Instant warnedAt,
      long version,
      List<Machine> checklist) {

    static Request of(SetupRequest r, List<SetupMachine> machines) {
      return new Request(
          r.id(),
          r.bookingId(),
          r.bookingTitle(),
          r.resourceId(),
          r.resourceName(),
          r.profileId(),
          r.profileCode(),
          r.profileName(),
          r.orgUnitId(),
          r.orgUnitName(),
          r.technicianId(),
          r.technicianName(),
          r.dueAt(),
          r.machines(),
          r.verified(),
          r.status().name(),
          r.warnedAt(),
          r.version(),
          machines == null ? null : machines.stream().map(Machine::of).toList());
    }
  }
}
