package io.pyra.support.calendar;

import io.pyra.identity.OrgUnitDeletionGuard;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.platform.error.RuleViolation;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Keeps an org unit that has its own business calendar: the calendar goes first. */
@Component
class OrgUnitCalendars implements OrgUnitDeletionGuard {

  private final BusinessCalendarRepository calendars;

  OrgUnitCalendars(BusinessCalendarRepository calendars) {
    this.calendars = calendars;
  }

  @Override
  public Optional<RuleViolation> refuseDeleting(OrgUnitSummary unit) {
    return calendars
        .findByOrgUnitId(unit.id().value())
        .map(
            c ->
                new RuleViolation(
                    null, "has-calendar", "calendar.orgUnit.delete", unit.name(), c.code()));
  }
}
