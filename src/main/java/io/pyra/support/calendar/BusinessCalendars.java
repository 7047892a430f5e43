package io.pyra.support.calendar;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.OrgUnitSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The working clocks of the rest of support: which business calendar applies to an org unit (its
 * own, else its nearest ancestor's, else the company's) and that calendar's {@link WorkingClock}.
 *
 * <p>Calendars are few and read on every deadline, so all of them are held in memory with their
 * clocks, and the org units' ancestry with them: a change through Pyra forgets them on this node at
 * once; on another node they are read again after {@link #REMEMBERED}, so a change there is seen
 * within a minute. A job over 100,000 cases asks the database once.
 */
@Service
public class BusinessCalendars {

  /** How long this node trusts the calendars and org-unit paths it read. */
  static final Duration REMEMBERED = Duration.ofSeconds(60);

  private final BusinessCalendarRepository calendars;
  private final IdentityApi identity;
  private final TransactionTemplate readOnly;
  private volatile Snapshot snapshot;
  private final Map<OrgUnitId, List<UUID>> ancestry = new ConcurrentHashMap<>();

  BusinessCalendars(
      BusinessCalendarRepository calendars,
      IdentityApi identity,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    this.calendars = calendars;
    this.identity = identity;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /**
   * The clock deadlines of the org unit's cases run on: its own calendar's, else its nearest
   * ancestor's, else the company's; {@code null} or an unknown org unit gets the company's.
   */
  public WorkingClock clockFor(OrgUnitId orgUnit) {
    return resolve(orgUnit).clock();
  }

  /** Which calendar applies to the org unit, by the same rule as {@link #clockFor}. */
  public AppliedCalendar calendarFor(OrgUnitId orgUnit) {
    return resolve(orgUnit).calendar();
  }

  /** Forgets every calendar, clock and org-unit path held: the next question reads them again. */
  public void forget() {
    snapshot = null;
    ancestry.clear();
  }

  private Entry resolve(OrgUnitId orgUnit) {
    Snapshot current = current();
    if (orgUnit != null && !current.byOrgUnit().isEmpty()) {
      for (UUID unit : ancestry.computeIfAbsent(orgUnit, this::unitAndAncestors)) {
        Entry own = current.byOrgUnit().get(unit);
        if (own != null) {
          return own;
        }
      }
    }
    return current.company();
  }

  private Snapshot current() {
    Snapshot current = snapshot;
    long now = System.nanoTime();
    if (current == null || now - current.readAtNanos() > REMEMBERED.toNanos()) {
      current = readOnly.execute(status -> read(now));
      ancestry.clear();
      snapshot = current;
    }
    return current;
  }

  private Snapshot read(long now) {
    Map<UUID, Entry> byOrgUnit = new HashMap<>();
    Entry company = null;
    for (BusinessCalendar calendar : calendars.findAll()) {
      Entry entry =
          new Entry(
              new AppliedCalendar(
                  calendar.id(),
                  calendar.code(),
                  calendar.name(),
                  calendar.zone(),
                  calendar.isCompany()),
              calendar.clock());
      if (calendar.isCompany()) {
        company = entry;
      } else {
        byOrgUnit.put(calendar.orgUnitId(), entry);
      }
    }
    if (company == null) {
      throw new IllegalStateException("the company's business calendar is missing");
    }
    return new Snapshot(company, Map.copyOf(byOrgUnit), now);
  }

  /** The unit, its parent, … up to the root: from the path of ids identity keeps. */
  private List<UUID> unitAndAncestors(OrgUnitId orgUnit) {
    Optional<OrgUnitSummary> unit = identity.orgUnit(orgUnit);
    List<UUID> ids = new ArrayList<>();
    if (unit.isEmpty()) {
      return ids;
    }
    String path = unit.get().path() == null ? "" : unit.get().path();
    for (String part : path.split("/")) {
      if (!part.isBlank()) {
        ids.addFirst(UUID.fromString(part));
      }
    }
    if (ids.isEmpty() || !ids.getFirst().equals(orgUnit.value())) {
      ids.addFirst(orgUnit.value());
    }
    return List.copyOf(ids);
  }

  private record Entry(AppliedCalendar calendar, WorkingClock clock) {}

  private record Snapshot(Entry company, Map<UUID, Entry> byOrgUnit, long readAtNanos) {}
}
