package io.pyra.support.calendar;

import io.pyra.platform.Ids;
import io.pyra.platform.LocalizedName;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A business calendar: weekly working hours and holidays in a time zone, for one org unit (and the
 * units below it that have none of their own) or, for the company's calendar, for everyone else.
 * Checked by {@link BusinessCalendarService} before it is stored; its changes, hours and holidays
 * included, are in the audit log like every entity's.
 */
@Entity
@Table(name = "support_business_calendar")
public class BusinessCalendar {

  /** Weekday, then start: the order the pages and the API list working hours in. */
  static final Comparator<WorkingHours> HOURS_ORDER =
      Comparator.comparingInt(WorkingHours::dayOfWeek).thenComparingInt(WorkingHours::startMinute);

  @Id private UUID id;

  private String code;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "name_zh")
  private String nameZh;

  @Column(name = "time_zone")
  private String timeZone;

  @Column(name = "org_unit_id")
  private UUID orgUnitId;

  /** TRUE for the company's calendar, else NULL (a unique column holds one TRUE). */
  private Boolean company;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "support_business_calendar_hours",
      joinColumns = @JoinColumn(name = "calendar_id"))
  private Set<WorkingHours> hours = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "support_business_calendar_holiday",
      joinColumns = @JoinColumn(name = "calendar_id"))
  private Set<Holiday> holidays = new HashSet<>();

  @Version private Long version;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected BusinessCalendar() {}

  private BusinessCalendar(UUID orgUnitId, boolean company) {
    this.id = Ids.newId();
    this.orgUnitId = orgUnitId;
    this.company = company ? Boolean.TRUE : null;
  }

  static BusinessCalendar forOrgUnit(UUID orgUnitId) {
    return new BusinessCalendar(orgUnitId, false);
  }

  static BusinessCalendar ofCompany() {
    return new BusinessCalendar(null, true);
  }

  void change(
      String code,
      String nameEn,
      String nameZh,
      String timeZone,
      UUID orgUnitId,
      Collection<WorkingHours> hours,
      Collection<Holiday> holidays) {
    this.code = code;
    this.nameEn = nameEn;
    this.nameZh = nameZh;
    this.timeZone = timeZone;
    if (!isCompany()) {
      this.orgUnitId = orgUnitId;
    }
    replace(this.hours, hours);
    replace(this.holidays, holidays);
    this.updatedAt = Instant.now();
  }

  void addHolidays(Collection<Holiday> added) {
    holidays.addAll(added);
    this.updatedAt = Instant.now();
  }

  /** Rewrites a collection only where it differs, so that an unchanged one is not audited. */
  private static <T> void replace(Set<T> current, Collection<T> wanted) {
    if (!current.equals(Set.copyOf(wanted))) {
      current.clear();
      current.addAll(wanted);
    }
  }

  public UUID id() {
    return id;
  }

  public String code() {
    return code;
  }

  public LocalizedName name() {
    return new LocalizedName(nameEn, nameZh);
  }

  public String timeZone() {
    return timeZone;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  /** The org unit the calendar is for; {@code null} for the company's calendar. */
  public UUID orgUnitId() {
    return orgUnitId;
  }

  public boolean isCompany() {
    return Boolean.TRUE.equals(company);
  }

  /** The working hours by weekday, then start. */
  public List<WorkingHours> hours() {
    return hours.stream().sorted(HOURS_ORDER).toList();
  }

  /** The holidays by first day. */
  public List<Holiday> holidays() {
    return holidays.stream().sorted(Comparator.comparing(Holiday::firstDay)).toList();
  }

  public long version() {
    return version == null ? 0 : version;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** The clock of the calendar as it is now. */
  public WorkingClock clock() {
    return new WorkingClock(
        zone(),
        hours.stream().map(WorkingHours::interval).toList(),
        holidays.stream().map(Holiday::closedDays).toList());
  }
}
