package io.pyra.support.calendar;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The business calendars: listed, set, changed and removed by holders of {@code support.configure}
 * (the web layer checks), holidays imported from an iCalendar file. One calendar per org unit and
 * one company's calendar, which is stored at start-up when missing (Monday to Friday 09:00–18:00 in
 * {@code pyra.time-zone}, no holidays) and cannot be removed. Every change makes {@link
 * BusinessCalendars} forget the clocks it holds.
 */
@Service
@Transactional(readOnly = true)
public class BusinessCalendarService implements ApplicationRunner {

  static final String RECORD = "business calendar";
  static final String COMPANY_CODE = "COMPANY";

  /** The company first, then by code. */
  static final Comparator<BusinessCalendar> ORDER =
      Comparator.comparing((BusinessCalendar c) -> !c.isCompany())
          .thenComparing(BusinessCalendar::code);

  private final BusinessCalendarRepository calendars;
  private final IdentityApi identity;
  private final BusinessCalendars clocks;
  private final HolidayFile holidayFile;
  private final String companyZone;

  BusinessCalendarService(
      BusinessCalendarRepository calendars,
      IdentityApi identity,
      BusinessCalendars clocks,
      HolidayFile holidayFile,
      @Value("${pyra.time-zone:Asia/Shanghai}") String companyZone) {
    this.calendars = calendars;
    this.identity = identity;
    this.clocks = clocks;
    this.holidayFile = holidayFile;
    this.companyZone = companyZone;
  }

  /** Writes (the class reads only): called through the proxy, so its own transaction holds. */
  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    ensureCompanyCalendar();
  }

  /** Stores the company's calendar when there is none (a second node starting may race: fine). */
  @Transactional
  public BusinessCalendar ensureCompanyCalendar() {
    return calendars
        .findByCompanyTrue()
        .orElseGet(
            () -> {
              BusinessCalendar company = BusinessCalendar.ofCompany();
              List<WorkingHours> hours = new ArrayList<>();
              for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
                hours.add(new WorkingHours(day.getValue(), 9 * 60, 18 * 60));
              }
              String zone =
                  ZoneId.getAvailableZoneIds().contains(companyZone)
                      ? companyZone
                      : "Asia/Shanghai";
              company.change(
                  COMPANY_CODE, "Company calendar", "公司工作日历", zone, null, hours, List.of());
              try {
                return calendars.saveAndFlush(company);
              } catch (DataIntegrityViolationException e) {
                return calendars.findByCompanyTrue().orElseThrow(() -> e);
              }
            });
  }

  public List<BusinessCalendar> list() {
    return calendars.findAll().stream().sorted(ORDER).toList();
  }

  public BusinessCalendar get(UUID id) {
    return calendars.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
  }

  @Transactional
  public BusinessCalendar create(SaveBusinessCalendar command) {
    CalendarCheck.Checked checked = checked(command, null);
    BusinessCalendar calendar = BusinessCalendar.forOrgUnit(checked.orgUnitId());
    apply(calendar, checked);
    return saved(calendar, checked);
  }

  @Transactional
  public BusinessCalendar update(UUID id, SaveBusinessCalendar command) {
    BusinessCalendar calendar = get(id);
    requireVersion(calendar, command.version());
    CalendarCheck.Checked checked = checked(command, calendar);
    apply(calendar, checked);
    return saved(calendar, checked);
  }

  @Transactional
  public void delete(UUID id, Long version) {
    BusinessCalendar calendar = get(id);
    requireVersion(calendar, version);
    if (calendar.isCompany()) {
      throw new BusinessRuleException("id", "company", "calendar.company.delete");
    }
    calendars.delete(calendar);
    calendars.flush();
    forgetClocks();
  }

  /**
   * Adds the whole-day events of an iCalendar file as holidays; nothing is stored when the file is
   * refused (a 422 naming {@code file}) or the holidays would break the calendar's rules.
   */
  @Transactional
  public HolidayImport importHolidays(UUID id, InputStream file, Long version) {
    BusinessCalendar calendar = get(id);
    requireVersion(calendar, version);
    HolidayImport read = holidayFile.read(file, calendar.holidays());
    CalendarCheck.checkAdded(calendar.holidays(), read.holidays(), "file");
    calendar.addHolidays(read.holidays());
    calendars.saveAndFlush(calendar);
    forgetClocks();
    return read;
  }

  private static void requireVersion(BusinessCalendar calendar, Long version) {
    if (version != null && version != calendar.version()) {
      throw new StaleVersionException(RECORD, version, calendar.version());
    }
  }

  /** The fields' rules, then those over other calendars: the code and the org unit taken. */
  private CalendarCheck.Checked checked(SaveBusinessCalendar command, BusinessCalendar self) {
    List<RuleViolation> violations = new ArrayList<>();
    CalendarCheck.Checked checked;
    try {
      checked = CalendarCheck.check(command);
    } catch (BusinessRuleException e) {
      violations.addAll(e.violations());
      checked = null;
    }
    String code = command.code() == null ? "" : command.code().strip();
    List<BusinessCalendar> others =
        calendars.findAll().stream()
            .filter(c -> self == null || !c.id().equals(self.id()))
            .toList();
    if (!code.isEmpty() && others.stream().anyMatch(c -> c.code().equalsIgnoreCase(code))) {
      violations.add(new RuleViolation("code", "unique", "calendar.code.unique", code));
    }
    violations.addAll(orgUnitViolations(command.orgUnitId(), self, others));
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return checked;
  }

  private List<RuleViolation> orgUnitViolations(
      UUID orgUnitId, BusinessCalendar self, List<BusinessCalendar> others) {
    if (self != null && self.isCompany()) {
      return orgUnitId == null
          ? List.of()
          : List.of(new RuleViolation("orgUnitId", "company", "calendar.orgUnit.company"));
    }
    if (orgUnitId == null) {
      // no org unit is the company's calendar, and there is one already
      return List.of(new RuleViolation("orgUnitId", "unique", "calendar.orgUnit.company-taken"));
    }
    if (identity.orgUnit(new OrgUnitId(orgUnitId)).isEmpty()) {
      return List.of(new RuleViolation("orgUnitId", "unknown", "calendar.orgUnit.unknown"));
    }
    return others.stream()
        .filter(c -> Objects.equals(c.orgUnitId(), orgUnitId))
        .findFirst()
        .map(
            c ->
                List.of(
                    new RuleViolation("orgUnitId", "unique", "calendar.orgUnit.unique", c.code())))
        .orElse(List.of());
  }

  private static void apply(BusinessCalendar calendar, CalendarCheck.Checked checked) {
    calendar.change(
        checked.code(),
        checked.nameEn(),
        checked.nameZh(),
        checked.timeZone(),
        checked.orgUnitId(),
        checked.hours(),
        checked.holidays());
  }

  private BusinessCalendar saved(BusinessCalendar calendar, CalendarCheck.Checked checked) {
    try {
      BusinessCalendar saved = calendars.saveAndFlush(calendar);
      forgetClocks();
      return saved;
    } catch (DataIntegrityViolationException e) {
      // another calendar with the same code or org unit was stored at the same moment
      throw new BusinessRuleException(
          List.of(new RuleViolation("code", "unique", "calendar.code.unique", checked.code())));
    }
  }

  /** Now, and again once the change is committed (a reader in between may have re-read it). */
  private void forgetClocks() {
    clocks.forget();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              clocks.forget();
            }
          });
    }
  }
}
