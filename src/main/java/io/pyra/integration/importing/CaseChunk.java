package io.pyra.integration.importing;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerImportApi;
import io.pyra.customer.ImportCustomerInput;
import io.pyra.customer.NormalizedCustomer;
import io.pyra.identity.UserId;
import io.pyra.platform.EmailAddress;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RuleViolation;
import io.pyra.support.CaseImportApi;
import io.pyra.support.ImportedCase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rows of a file of past cases: each row's cells read here (ticket, customer, words for type,
 * priority, channel and status, times in the import's zone, satisfaction), checked by the support
 * module, then, in the writing transaction, the tickets already imported left out, the customers
 * matched by e-mail (or created) through the customer module and the cases written by support.
 */
@Component
class CaseChunk {

  /** The placeholder the support-ticket set leaves in its descriptions for the product. */
  static final String PRODUCT_PLACEHOLDER = "{product_purchased}";

  /** The support module's fields and the import's fields that give them. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("externalRef", "ticket"),
          Map.entry("type", "type"),
          Map.entry("severity", "priority"),
          Map.entry("channel", "channel"),
          Map.entry("status", "status"),
          Map.entry("subject", "subject"),
          Map.entry("description", "description"),
          Map.entry("resolution", "resolution"),
          Map.entry("openedAt", "openedAt"),
          Map.entry("respondedAt", "respondedAt"),
          Map.entry("resolvedAt", "resolvedAt"),
          Map.entry("satisfaction", "satisfaction"));

  private final CaseImportApi cases;
  private final CustomerImportApi customers;
  private final CaseWords words;
  private final Problems problems;

  CaseChunk(CaseImportApi cases, CustomerImportApi customers, CaseWords words, Problems problems) {
    this.cases = cases;
    this.customers = customers;
    this.words = words;
    this.problems = problems;
  }

  /** What one pass knows: who imports, for whom, in which zone, and the tickets seen so far. */
  static final class Pass {
    final UserId actor;
    final String actorName;
    final java.util.UUID importId;
    final CaseImportApi.Assignment assignment;
    final ZoneId zone;
    final Locale locale;
    final Map<String, Integer> tickets = new HashMap<>();

    Pass(
        UserId actor,
        String actorName,
        java.util.UUID importId,
        CaseImportApi.Assignment assignment,
        ZoneId zone,
        Locale locale) {
      this.actor = actor;
      this.actorName = actorName;
      this.importId = importId;
      this.assignment = assignment;
      this.zone = zone;
      this.locale = locale;
    }
  }

  /** A row as read: its case (null when refused), customer, label and problems. */
  private record Checked(
      SourceRow row,
      String label,
      List<RowOutcome.Problem> problems,
      ImportedCase imported,
      String email,
      String name,
      Map<String, String> columns) {}

  PreparedChunk prepare(List<SourceRow> rows, ColumnPlan plan, Pass pass) {
    List<Checked> read = rows.stream().map(row -> read(row, plan, pass)).toList();
    List<Checked> checked = check(read, pass);
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

  /** The support module's rules over the rows read without errors, each named by its column. */
  private List<Checked> check(List<Checked> read, Pass pass) {
    List<Checked> good = read.stream().filter(c -> c.imported() != null).toList();
    if (good.isEmpty()) {
      return read;
    }
    List<List<RuleViolation>> violations =
        cases.check(good.stream().map(Checked::imported).toList());
    Map<SourceRow, List<RuleViolation>> byRow = new HashMap<>();
    for (int i = 0; i < good.size(); i++) {
      byRow.put(good.get(i).row(), violations.get(i));
    }
    List<Checked> checked = new ArrayList<>(read.size());
    for (Checked c : read) {
      List<RuleViolation> broken = byRow.getOrDefault(c.row(), List.of());
      if (broken.isEmpty()) {
        checked.add(c);
        continue;
      }
      List<RowOutcome.Problem> found = new ArrayList<>(c.problems());
      for (RuleViolation v : broken) {
        String field = FIELDS.getOrDefault(v.field(), v.field());
        found.add(
            new RowOutcome.Problem(
                c.columns().get(field),
                field,
                v.rule(),
                problems.messageOf(
                    "import.case.invalid",
                    pass.locale,
                    column(c.columns(), field, pass.locale),
                    problems.message(v, pass.locale)),
                true));
      }
      checked.add(new Checked(c.row(), c.label(), found, null, c.email(), c.name(), c.columns()));
    }
    return checked;
  }

  /**
   * Decides the chunk as the database shows it now and, with {@code write}, writes it: tickets
   * already imported are skipped, customers matched by e-mail or created, the cases written.
   */
  private List<RowOutcome> process(List<Checked> checked, Pass pass, boolean write) {
    List<Checked> good = checked.stream().filter(c -> c.imported() != null).toList();
    Map<String, String> imported =
        good.isEmpty()
            ? Map.of()
            : cases.imported(good.stream().map(c -> c.imported().externalRef()).toList());
    List<Checked> fresh =
        good.stream().filter(c -> !imported.containsKey(c.imported().externalRef())).toList();
    Map<String, Optional<CustomerId>> byEmail = new HashMap<>();
    Map<String, RowOutcome.Problem> customerProblems = new HashMap<>();
    Map<String, NormalizedCustomer> creates = new LinkedHashMap<>();
    customers(fresh, pass, byEmail, customerProblems, creates);
    if (write && !creates.isEmpty()) {
      List<CustomerImportApi.WrittenCustomer> written =
          customers.write(
              List.copyOf(creates.values()),
              List.of(),
              new CustomerImportApi.ImportRun(pass.importId, pass.actor, pass.actorName));
      List<String> emails = List.copyOf(creates.keySet());
      for (int i = 0; i < emails.size(); i++) {
        byEmail.put(emails.get(i), Optional.of(written.get(i).id()));
      }
    }
    List<ImportedCase> toWrite = new ArrayList<>();
    for (Checked c : fresh) {
      Optional<CustomerId> customer = byEmail.get(c.email());
      if (customer != null && customer.isPresent()) {
        toWrite.add(c.imported().of(customer.get()));
      }
    }
    if (write && !toWrite.isEmpty()) {
      cases.write(toWrite, pass.assignment, pass.actor, pass.locale);
    }
    List<RowOutcome> outcomes = new ArrayList<>(checked.size());
    for (Checked c : checked) {
      if (c.imported() == null) {
        outcomes.add(new RowOutcome(c.row().number(), RowOutcome.ERROR, c.label(), c.problems()));
        continue;
      }
      String code = imported.get(c.imported().externalRef());
      if (code != null) {
        outcomes.add(
            new RowOutcome(
                c.row().number(),
                RowOutcome.SKIP,
                c.label(),
                c.problems(),
                new RowOutcome.Matched(code, c.imported().subject(), "ticket")));
        continue;
      }
      RowOutcome.Problem customerProblem = customerProblems.get(c.email());
      if (customerProblem != null) {
        List<RowOutcome.Problem> found = new ArrayList<>(c.problems());
        found.add(customerProblem);
        outcomes.add(new RowOutcome(c.row().number(), RowOutcome.ERROR, c.label(), found));
        continue;
      }
      outcomes.add(new RowOutcome(c.row().number(), RowOutcome.CREATE, c.label(), c.problems()));
    }
    return outcomes;
  }

  /**
   * The customers of the rows, by e-mail: a stored one the importer may read, else one to create (a
   * person with the row's name, owned by the assignee in the team); one the importer may not read,
   * or that the customer rules refuse, is a problem of every row naming it.
   */
  private void customers(
      List<Checked> rows,
      Pass pass,
      Map<String, Optional<CustomerId>> byEmail,
      Map<String, RowOutcome.Problem> problemsByEmail,
      Map<String, NormalizedCustomer> creates) {
    Map<String, Checked> first = new LinkedHashMap<>();
    rows.forEach(c -> first.putIfAbsent(c.email(), c));
    if (first.isEmpty()) {
      return;
    }
    List<String> emails = List.copyOf(first.keySet());
    List<Optional<CustomerImportApi.Match>> matches =
        customers.match(
            emails.stream()
                .map(e -> new CustomerImportApi.MatchKeys(null, List.of(e), List.of()))
                .toList());
    CustomerImportApi.Batch batch = customers.batch();
    for (int i = 0; i < emails.size(); i++) {
      String email = emails.get(i);
      Checked row = first.get(email);
      CustomerImportApi.Match match = matches.get(i).orElse(null);
      if (match != null) {
        NormalizedCustomer c = match.customer().customer();
        if (batch.reaches("customer.read", c.ownerId(), c.orgUnitId())) {
          byEmail.put(email, Optional.of(match.customer().id()));
        } else {
          byEmail.put(email, Optional.empty());
          problemsByEmail.put(
              email,
              problem(
                  row.columns(),
                  "customerEmail",
                  "customer-hidden",
                  pass,
                  "import.case.customer-hidden",
                  column(row.columns(), "customerEmail", pass.locale),
                  email));
        }
        continue;
      }
      CustomerImportApi.Result result =
          batch.normalize(
              new ImportCustomerInput(
                  "PERSON",
                  row.name() == null ? email : row.name(),
                  null,
                  pass.assignment.assignee(),
                  pass.assignment.team(),
                  null,
                  List.of(),
                  List.of(email),
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  Set.of(),
                  Map.of()),
              pass.actor);
      if (result.valid()) {
        creates.put(email, result.customer());
        byEmail.put(email, Optional.empty());
      } else {
        byEmail.put(email, Optional.empty());
        problemsByEmail.put(
            email,
            problem(
                row.columns(),
                "customerEmail",
                "customer-invalid",
                pass,
                "import.case.customer-invalid",
                column(row.columns(), "customerEmail", pass.locale),
                email,
                problems.message(result.violations().getFirst(), pass.locale)));
      }
    }
  }

  private Checked read(SourceRow row, ColumnPlan plan, Pass pass) {
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
    if (row.cells().isEmpty() && !row.notes().isEmpty()) {
      found.add(
          new RowOutcome.Problem(null, null, "unreadable", String.join("; ", row.notes()), true));
    }
    Problem p =
        (field, rule, key, args) -> found.add(problem(columns, field, rule, pass, key, args));

    String ticket = v.get("ticket");
    if (ticket == null) {
      p.add("ticket", "required", "import.row.required", columns.get("ticket"));
    } else {
      Integer earlier = pass.tickets.putIfAbsent(ticket, row.number());
      if (earlier != null) {
        p.add(
            "ticket",
            "repeated",
            "import.case.ticket-repeated",
            column(columns, "ticket", pass.locale),
            ticket,
            earlier);
      }
    }
    String name = v.get("customerName");
    String email = null;
    String emailCell = v.get("customerEmail");
    if (emailCell == null) {
      p.add("customerEmail", "required", "import.row.required", columns.get("customerEmail"));
    } else {
      email = EmailAddress.parse(emailCell).map(EmailAddress::value).orElse(null);
      if (email == null) {
        p.add(
            "customerEmail",
            "email",
            "import.case.email",
            column(columns, "customerEmail", pass.locale),
            emailCell);
      }
    }
    String type = word("type", v, columns, pass, p);
    String severity = word("priority", v, columns, pass, p);
    String channel = word("channel", v, columns, pass, p);
    String status = word("status", v, columns, pass, p);
    Instant opened = moment("openedAt", v, columns, pass, p);
    Instant responded = moment("respondedAt", v, columns, pass, p);
    Instant resolved = moment("resolvedAt", v, columns, pass, p);
    Integer satisfaction = null;
    String score = v.get("satisfaction");
    if (score != null) {
      satisfaction = score(score);
      if (satisfaction == null) {
        p.add(
            "satisfaction",
            "range",
            "import.case.satisfaction",
            column(columns, "satisfaction", pass.locale),
            score);
      }
    }
    if (v.get("subject") == null) {
      p.add("subject", "required", "import.row.required", columns.get("subject"));
    }
    String description = v.get("description");
    String product = v.get("product");
    if (description != null && product != null) {
      description = description.replace(PRODUCT_PLACEHOLDER, product);
    }
    String label =
        ticket == null ? null : ticket + " · " + (name != null ? name : orEmpty(emailCell));
    if (found.stream().anyMatch(RowOutcome.Problem::fatal)) {
      return new Checked(row, label, found, null, email, name, columns);
    }
    return new Checked(
        row,
        label,
        found,
        new ImportedCase(
            ticket,
            null,
            type,
            severity,
            channel,
            status,
            v.get("subject"),
            description,
            v.get("resolution"),
            opened,
            responded,
            resolved,
            satisfaction),
        email,
        name,
        columns);
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  /** A score 1–5, written as a whole number or with zero decimals ({@code 3.0}); else null. */
  static Integer score(String cell) {
    try {
      BigDecimal value = new BigDecimal(cell.strip());
      if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(5)) > 0) {
        return null;
      }
      BigDecimal whole = value.stripTrailingZeros();
      return whole.scale() > 0 ? null : whole.intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  private String word(
      String field, Map<String, String> v, Map<String, String> columns, Pass pass, Problem p) {
    String cell = v.get(field);
    if (cell == null) {
      p.add(field, "required", "import.row.required", columns.get(field));
      return null;
    }
    String code = words.of(field).code(cell);
    if (code == null) {
      p.add(
          field,
          "unknown",
          "import.case.word-unknown",
          column(columns, field, pass.locale),
          cell,
          CaseWords.fileWords(field));
    }
    return code;
  }

  private Instant moment(
      String field, Map<String, String> v, Map<String, String> columns, Pass pass, Problem p) {
    String cell = v.get(field);
    if (cell == null) {
      return null;
    }
    Instant at = SalesCells.moment(cell, pass.zone);
    if (at == null) {
      p.add(field, "time", "import.case.time", column(columns, field, pass.locale), cell);
    }
    return at;
  }

  /** The column a field was read from, or the field's name when the file has none. */
  private String column(Map<String, String> columns, String field, Locale locale) {
    String column = columns.get(field);
    return column != null ? column : problems.messageOf("imports.target." + field, locale);
  }

  @FunctionalInterface
  private interface Problem {
    void add(String field, String rule, String key, Object... args);
  }

  private RowOutcome.Problem problem(
      Map<String, String> columns,
      String field,
      String rule,
      Pass pass,
      String key,
      Object... args) {
    return new RowOutcome.Problem(
        columns.get(field), field, rule, problems.messageOf(key, pass.locale, args), true);
  }
}
