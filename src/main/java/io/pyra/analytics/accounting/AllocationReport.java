package io.pyra.analytics.accounting;

import io.pyra.analytics.accounting.ServedCustomers.Served;
import io.pyra.analytics.pyramid.CustomerTiers;
import io.pyra.analytics.pyramid.PyramidScheme;
import io.pyra.analytics.pyramid.Tier;
import io.pyra.platform.effort.ServiceEffort;
import io.pyra.platform.query.QueryPart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resource allocation over a period (seed 000): the effort actually spent per tier group (contact
 * records, their minutes, tasks done, and the minutes all of it counts with a task's standard
 * minutes) in all, per org unit and per person, beside the plan. Over the customers a reach covers,
 * each in their tier of a scheme as of the period's last day.
 */
@Component
public class AllocationReport {

  /** The effort spent on one tier group. */
  public record Effort(long records, long contactMinutes, long tasks, BigDecimal minutes) {

    static final Effort NONE = new Effort(0, 0, 0, BigDecimal.ZERO);

    Effort plus(ServiceEffort e, BigDecimal counted) {
      boolean record = ServiceEffort.CONTACT_RECORD.equals(e.kind());
      return new Effort(
          records + (record ? e.count() : 0),
          contactMinutes + (record ? e.minutes() : 0),
          tasks + (ServiceEffort.TASK.equals(e.kind()) ? e.count() : 0),
          minutes.add(counted));
    }
  }

  /** The effort of a scope (everyone, an org unit, a person) per tier group, all four in order. */
  public record Spent(Map<TierGroup, Effort> groups) {

    static Spent none() {
      Map<TierGroup, Effort> groups = new EnumMap<>(TierGroup.class);
      for (TierGroup g : TierGroup.values()) {
        groups.put(g, Effort.NONE);
      }
      return new Spent(groups);
    }

    void add(TierGroup group, ServiceEffort e, BigDecimal counted) {
      groups.put(group, groups.get(group).plus(e, counted));
    }

    /** The minutes counted over all groups. */
    public BigDecimal minutes() {
      return groups.values().stream().map(Effort::minutes).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /** The report: the plan (percent), the effort in all, per org unit and per person (by id). */
  public record Allocation(
      PyramidScheme scheme,
      LocalDate from,
      LocalDate to,
      Map<TierGroup, BigDecimal> plan,
      Spent total,
      Map<UUID, Spent> orgUnits,
      Map<UUID, Spent> people,
      Map<UUID, UUID> unitOfPerson) {}

  private final ServedCustomers served;
  private final CostRates rates;
  private final CustomerTiers tiers;
  private final AllocationPlan plan;

  AllocationReport(
      ServedCustomers served, CostRates rates, CustomerTiers tiers, AllocationPlan plan) {
    this.served = served;
    this.rates = rates;
    this.tiers = tiers;
    this.plan = plan;
  }

  /**
   * The allocation from {@code from} to {@code to}; only the effort of {@code orgUnit} and of
   * {@code person} when given.
   */
  @Transactional(readOnly = true)
  public Allocation compute(
      PyramidScheme scheme,
      LocalDate from,
      LocalDate to,
      QueryPart reach,
      ZoneId zone,
      UUID orgUnit,
      UUID person) {
    Served effort = served.effort(from, to, zone, reach);
    List<ServiceEffort> rows =
        effort.effort().stream()
            .filter(e -> orgUnit == null || orgUnit.equals(e.orgUnitId()))
            .filter(e -> person == null || person.equals(e.userId()))
            .toList();
    Map<UUID, Tier> tierOf = tiers.of(scheme, to, effort.customers().keySet(), zone);
    CostRates.Rates priced = rates.current();
    Spent total = Spent.none();
    Map<UUID, Spent> units = new TreeMap<>();
    Map<UUID, Spent> people = new TreeMap<>();
    Map<UUID, UUID> unitOfPerson = new TreeMap<>();
    for (ServiceEffort e : rows) {
      TierGroup group = TierGroup.of(tierOf.get(e.customerId()));
      BigDecimal counted = priced.minutesOf(e);
      total.add(group, e, counted);
      if (e.orgUnitId() != null) {
        units.computeIfAbsent(e.orgUnitId(), u -> Spent.none()).add(group, e, counted);
        unitOfPerson.putIfAbsent(e.userId(), e.orgUnitId());
      }
      people.computeIfAbsent(e.userId(), u -> Spent.none()).add(group, e, counted);
    }
    return new Allocation(scheme, from, to, plan.shares(), total, units, people, unitOfPerson);
  }
}
