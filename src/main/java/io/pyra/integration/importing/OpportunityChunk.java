package io.pyra.integration.importing;

import io.pyra.customer.CustomerId;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.platform.IsoCurrency;
import io.pyra.platform.error.Problems;
import io.pyra.sales.ImportedOpportunity;
import io.pyra.sales.OpportunityImportApi;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The rows of a sales pipeline file: each row's cells checked here (code, agent, stage, account,
 * product, days, value, currency), then compared with the stored opportunities and written by the
 * sales module.
 */
@Component
class OpportunityChunk {

  /** The longest opportunity code the table keeps. */
  static final int CODE_MAX = 40;

  private final OpportunityImportApi sales;
  private final OpportunityReferences references;
  private final Problems problems;

  OpportunityChunk(
      OpportunityImportApi sales, OpportunityReferences references, Problems problems) {
    this.sales = sales;
    this.references = references;
    this.problems = problems;
  }

  /** What one pass knows: the references, the importer, and the codes seen in earlier rows. */
  static final class Pass {
    final OpportunityReferences.Resolved resolved;
    final UserId actor;
    final Locale locale;
    final Map<String, Integer> codes = new HashMap<>();

    Pass(OpportunityReferences.Resolved resolved, UserId actor, Locale locale) {
      this.resolved = resolved;
      this.actor = actor;
      this.locale = locale;
    }
  }

  private record Checked(
      SourceRow row, String label, List<RowOutcome.Problem> problems, ImportedOpportunity row2) {}

  /**
   * Rows are checked as they are read (the codes of earlier rows are remembered) and decided when
   * written.
   */
  PreparedChunk prepare(List<SourceRow> rows, ColumnPlan plan, Pass pass) {
    List<Checked> checked = rows.stream().map(row -> check(row, plan, pass)).toList();
    return new PreparedChunk(
        rows.size(),
        rows.getLast().number(),
        false,
        () ->
            new ChunkDecision() {
              private List<RowOutcome> outcomes;

              @Override
              public boolean overtakenBy(Footprint written) {
                return true;
              }

              @Override
              public Footprint write() {
                outcomes = process(checked, pass, true);
                return Footprint.NONE;
              }

              @Override
              public List<RowOutcome> outcomes() {
                if (outcomes == null) {
                  outcomes = process(checked, pass, false);
                }
                return outcomes;
              }
            },
        rows);
  }

  private List<RowOutcome> process(List<Checked> checked, Pass pass, boolean write) {
    List<ImportedOpportunity> good =
        checked.stream().filter(c -> c.row2() != null).map(Checked::row2).toList();
    List<OpportunityImportApi.Action> actions =
        good.isEmpty() ? List.of() : write ? sales.write(good, pass.actor) : sales.decide(good);
    List<RowOutcome> outcomes = new ArrayList<>(checked.size());
    int next = 0;
    for (Checked c : checked) {
      if (c.row2() == null) {
        outcomes.add(new RowOutcome(c.row().number(), RowOutcome.ERROR, c.label(), c.problems()));
        continue;
      }
      String action = actions.get(next++).name();
      outcomes.add(new RowOutcome(c.row().number(), action, c.label(), c.problems()));
    }
    return outcomes;
  }

  private Checked check(SourceRow row, ColumnPlan plan, Pass pass) {
    Map<String, String> v = new HashMap<>();
    Map<String, String> columns = new HashMap<>();
    for (ColumnPlan.Column c : plan.columns()) {
      String cell = row.cell(c.index());
      columns.putIfAbsent(c.field(), c.name());
      if (cell != null && !cell.isBlank()) {
        v.putIfAbsent(c.field(), cell.strip());
      }
    }
    List<RowOutcome.Problem> found = new ArrayList<>();
    row.notes().forEach(n -> found.add(new RowOutcome.Problem(null, null, "repaired", n, false)));
    Problem p =
        (field, rule, key, args) -> found.add(problem(columns, field, rule, key, pass, args));
    OpportunityReferences.Resolved r = pass.resolved;

    String code = v.get("opportunity");
    if (code == null) {
      p.add("opportunity", "required", "import.row.required", columns.get("opportunity"));
    } else if (code.length() > CODE_MAX) {
      p.add("opportunity", "length", "import.opportunity.code-length", CODE_MAX);
    } else {
      Integer first = pass.codes.putIfAbsent(code, row.number());
      if (first != null) {
        p.add("opportunity", "repeated", "import.opportunity.repeated", code, first);
      }
    }

    UserSummary agent = null;
    boolean agentPlanned = false;
    String agentCell = v.get("agent");
    if (agentCell == null) {
      p.add("agent", "required", "import.row.required", columns.get("agent"));
    } else {
      agent = references.agent(r, agentCell).orElse(null);
      agentPlanned =
          agent == null && r.plannedAgents.contains(OpportunityReferences.username(agentCell));
      if (agent == null && !agentPlanned) {
        p.add("agent", "unknown", "import.opportunity.agent-unknown", agentCell);
      }
    }

    String stage = null;
    String stageCell = v.get("dealStage");
    if (stageCell == null) {
      p.add("dealStage", "required", "import.row.required", columns.get("dealStage"));
    } else {
      String wanted = stageCell.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
      if (r.stages.contains(wanted)) {
        stage = wanted;
      } else {
        p.add(
            "dealStage",
            "unknown",
            "import.opportunity.stage-unknown",
            stageCell,
            String.join(", ", r.stages));
      }
    }

    CustomerId customer = null;
    String account = v.get("account");
    if (account != null) {
      customer = references.account(r, account).orElse(null);
      if (customer == null && !r.plannedAccounts.contains(account)) {
        p.add("account", "unknown", "import.opportunity.account-unknown", account);
      }
    }

    String product = null;
    if (v.get("product") != null) {
      product = OpportunityImportApi.productCode(v.get("product"));
      if (product == null || !r.products.contains(product)) {
        p.add("product", "unknown", "import.opportunity.product-unknown", v.get("product"));
      }
    }

    LocalDate engaged = day(v, "engagedOn", p);
    LocalDate closed = day(v, "closedOn", p);
    if (engaged != null && closed != null && closed.isBefore(engaged)) {
      p.add("closedOn", "order", "import.opportunity.closed-before-engaged", closed, engaged);
    }

    BigDecimal amount = BigDecimal.ZERO;
    String value = v.get("closeValue");
    if (value != null) {
      try {
        amount = new BigDecimal(value.replace(",", ""));
        if (amount.signum() < 0) {
          p.add("closeValue", "negative", "import.opportunity.value-negative", value);
        } else if (amount.precision() - amount.scale() > 15 || amount.scale() > 6) {
          p.add("closeValue", "number", "import.opportunity.value-number", value);
        }
      } catch (NumberFormatException e) {
        p.add("closeValue", "number", "import.opportunity.value-number", value);
      }
    }

    String currency = r.baseCurrency;
    if (v.get("currency") != null) {
      java.util.Optional<String> iso = IsoCurrency.of(v.get("currency"));
      if (iso.isPresent()) {
        currency = iso.get();
      } else {
        p.add("currency", "currency", "import.opportunity.currency-unknown", v.get("currency"));
      }
    }

    String label = code == null ? null : account == null ? code : code + " · " + account;
    if (found.stream().anyMatch(RowOutcome.Problem::fatal)) {
      return new Checked(row, label, found, null);
    }
    String productName = v.get("product");
    String title = productName == null ? code : productName;
    if (account != null) {
      title = title + " · " + account;
    }
    if (title.length() > 200) {
      title = title.substring(0, 200);
    }
    return new Checked(
        row,
        label,
        found,
        new ImportedOpportunity(
            code,
            title,
            customer,
            agent == null ? null : agent.id(),
            agent == null ? null : agent.orgUnitId(),
            stage,
            engaged,
            closed,
            amount,
            currency,
            product));
  }

  private LocalDate day(Map<String, String> v, String field, Problem p) {
    String cell = v.get(field);
    if (cell == null) {
      return null;
    }
    try {
      return LocalDate.parse(cell.length() > 10 ? cell.substring(0, 10) : cell);
    } catch (DateTimeParseException e) {
      p.add(field, "date", "import.opportunity.date", cell);
      return null;
    }
  }

  @FunctionalInterface
  private interface Problem {
    void add(String field, String rule, String key, Object... args);
  }

  private RowOutcome.Problem problem(
      Map<String, String> columns,
      String field,
      String rule,
      String key,
      Pass pass,
      Object... args) {
    return new RowOutcome.Problem(
        columns.get(field), field, rule, problems.messageOf(key, pass.locale, args), true);
  }
}
