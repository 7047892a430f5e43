package io.pyra.analytics.web;

import io.pyra.analytics.accounting.AllocationPlan;
import io.pyra.analytics.accounting.AllocationReport;
import io.pyra.analytics.accounting.AllocationReport.Allocation;
import io.pyra.analytics.accounting.AllocationReport.Effort;
import io.pyra.analytics.accounting.AllocationReport.Spent;
import io.pyra.analytics.accounting.TierGroup;
import io.pyra.analytics.pyramid.PyramidScheme;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.identity.Visibility;
import io.pyra.platform.error.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Resource allocation over the API: the plan of effort per tier group, and the effort actually
 * spent per group in a period, in all, per org unit and per person, against the plan. Shares as
 * fractions.
 */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Customer value")
class AllocationRestController {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final AllocationReport report;
  private final AllocationPlan plan;
  private final ValueRequests requests;
  private final IdentityApi identity;

  AllocationRestController(
      AllocationReport report, AllocationPlan plan, ValueRequests requests, IdentityApi identity) {
    this.report = report;
    this.plan = plan;
    this.requests = requests;
    this.identity = identity;
  }

  /** The plan to set: the share of TOP_HIGH_MIDDLE, LOW and PROSPECT in percent. */
  record PlanRequest(@Schema(maxProperties = 3) @Size(max = 3) Map<String, BigDecimal> shares) {}

  @GetMapping("/allocation-plan")
  @Operation(
      summary = "The plan of effort per tier group",
      description = "shares of TOP_HIGH_MIDDLE, LOW and PROSPECT in percent; needs value.read")
  Map<String, Object> plan() {
    requests.require(ValueRequests.READ);
    return json(plan.shares());
  }

  @PutMapping("/allocation-plan")
  @Operation(
      summary = "Set the plan of effort per tier group",
      description =
          "shares {TOP_HIGH_MIDDLE, LOW, PROSPECT} in percent (0 to 100, at most two decimals),"
              + " adding up to 100; needs value.manage")
  Map<String, Object> setPlan(@Valid @RequestBody PlanRequest request) {
    requests.require(ValueRequests.MANAGE);
    return json(plan.replace(request.shares()));
  }

  @GetMapping("/allocation")
  @Operation(
      summary = "Effort spent per tier group in a period against the plan",
      description =
          "from and to as for /accounting; per group (TOP_HIGH_MIDDLE, LOW, PROSPECT, and OTHER"
              + " for INACTIVE, SUSPECT and unknown customers) the contact records, their minutes,"
              + " tasks done, the minutes counted (with a task's standard minutes), the share of"
              + " those minutes, the planned share and the gap (share − planned); in total, per"
              + " org unit and per person; orgUnit and person (ids) keep to their effort; over the"
              + " customers value.read reaches")
  Map<String, Object> allocation(
      @RequestParam(name = "scheme", defaultValue = "REVENUE_SHARES") String code,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      @RequestParam(name = "orgUnit", required = false) String orgUnit,
      @RequestParam(name = "person", required = false) String person) {
    Visibility reach = requests.require(ValueRequests.READ);
    ValueRequests.Period period = requests.period(from, to);
    PyramidScheme scheme = requests.scheme(code);
    Allocation allocation =
        report.compute(
            scheme,
            period.from(),
            period.to(),
            reach.condition("c.owner_id", "c.org_unit_id"),
            requests.zone(),
            id("orgUnit", orgUnit),
            id("person", person));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scheme", scheme.code());
    json.put("from", period.from().toString());
    json.put("to", period.to().toString());
    Map<String, Object> planned = new LinkedHashMap<>();
    allocation.plan().forEach((g, share) -> planned.put(g.name(), fraction(share)));
    json.put("plan", planned);
    json.put("total", spent(allocation.total(), allocation.plan()));
    Map<OrgUnitId, String> unitNames =
        identity.orgUnitNames(allocation.orgUnits().keySet().stream().map(OrgUnitId::new).toList());
    List<Map<String, Object>> units = new ArrayList<>();
    allocation
        .orgUnits()
        .forEach(
            (id, spent) -> {
              Map<String, Object> unit = new LinkedHashMap<>();
              unit.put("orgUnitId", id.toString());
              unit.put("name", unitNames.get(new OrgUnitId(id)));
              unit.putAll(spent(spent, allocation.plan()));
              units.add(unit);
            });
    json.put("orgUnits", units);
    Map<UserId, String> names =
        identity.displayNames(allocation.people().keySet().stream().map(UserId::new).toList());
    List<Map<String, Object>> people = new ArrayList<>();
    allocation
        .people()
        .forEach(
            (id, spent) -> {
              Map<String, Object> one = new LinkedHashMap<>();
              one.put("userId", id.toString());
              one.put("name", names.get(new UserId(id)));
              UUID unit = allocation.unitOfPerson().get(id);
              one.put("orgUnitId", unit == null ? null : unit.toString());
              one.putAll(spent(spent, allocation.plan()));
              people.add(one);
            });
    json.put("people", people);
    return json;
  }

  /** A scope's effort: its totals, then one entry per group with its share and gap. */
  static Map<String, Object> spent(Spent spent, Map<TierGroup, BigDecimal> plan) {
    Map<String, Object> json = new LinkedHashMap<>();
    BigDecimal all = spent.minutes();
    long records = 0;
    long contactMinutes = 0;
    long tasks = 0;
    List<Map<String, Object>> groups = new ArrayList<>();
    for (Map.Entry<TierGroup, Effort> entry : spent.groups().entrySet()) {
      Effort e = entry.getValue();
      records += e.records();
      contactMinutes += e.contactMinutes();
      tasks += e.tasks();
      Map<String, Object> group = new LinkedHashMap<>();
      group.put("group", entry.getKey().name());
      group.put("records", e.records());
      group.put("contactMinutes", e.contactMinutes());
      group.put("tasks", e.tasks());
      group.put("minutes", e.minutes().stripTrailingZeros().toPlainString());
      String share = AccountingRestController.ratio(e.minutes(), all);
      BigDecimal planned = plan.get(entry.getKey());
      group.put("share", share);
      group.put("plannedShare", planned == null ? null : fraction(planned));
      group.put(
          "gap",
          share == null || planned == null
              ? null
              : new BigDecimal(share)
                  .subtract(planned.divide(HUNDRED, 6, RoundingMode.HALF_EVEN))
                  .toPlainString());
      groups.add(group);
    }
    json.put("records", records);
    json.put("contactMinutes", contactMinutes);
    json.put("tasks", tasks);
    json.put("minutes", all.stripTrailingZeros().toPlainString());
    json.put("groups", groups);
    return json;
  }

  private static String fraction(BigDecimal percent) {
    return percent.divide(HUNDRED, 6, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static Map<String, Object> json(Map<TierGroup, BigDecimal> shares) {
    Map<String, Object> percent = new LinkedHashMap<>();
    shares.forEach((g, share) -> percent.put(g.name(), share.stripTrailingZeros().toPlainString()));
    return Map.of("shares", percent);
  }

  private static UUID id(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException(field, "type", "accounting.allocation.id.type");
    }
  }
}
