package io.pyra.scheduling.resource;

import java.time.Instant;
import java.util.UUID;

/**
 * A time nothing can be booked, from {@code startsAt} to {@code endsAt} (exclusive): of a centre
 * ({@code orgUnitId}), of a resource ({@code resourceId}: a closure or an instructor's leave), or
 * of the whole company (both null).
 */
public record Closure(
    UUID id,
    UUID orgUnitId,
    UUID resourceId,
    ClosureKind kind,
    Instant startsAt,
    Instant endsAt,
    String reason) {

  public boolean companyWide() {
    return orgUnitId == null && resourceId == null;
  }
}
