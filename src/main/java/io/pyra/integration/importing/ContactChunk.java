package io.pyra.integration.importing;

import io.pyra.customer.CustomerImportApi;
import io.pyra.customer.CustomerImportApi.ContactOutcome;
import io.pyra.platform.EmailAddress;
import io.pyra.platform.PhoneNumbers;
import io.pyra.platform.error.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Contacts of organizations: each row's cells read and checked here, then handed to the customer
 * module, which finds the customer named by code (or exact name), matches the contact in it by
 * email, phone or name, and creates, updates, or skips it when equal.
 */
@Component
class ContactChunk {

  private final PhoneNumbers phones;
  private final CustomerImportApi customers;
  private final Problems problems;

  ContactChunk(PhoneNumbers phones, CustomerImportApi customers, Problems problems) {
    this.phones = phones;
    this.customers = customers;
    this.problems = problems;
  }

  /** A row's cells as read, the problems found in them, and the contact it gives if any. */
  private record Checked(
      SourceRow row,
      String name,
      Map<String, String> columns,
      String customer,
      List<RowOutcome.Problem> problems,
      CustomerImportApi.ContactInput contact) {}

  /**
   * Contact rows are decided where they are written (their customers are looked up row by row): the
   * decision made on request runs the rows then, writing them when asked to.
   */
  PreparedChunk prepare(List<SourceRow> rows, ColumnPlan plan, CustomerChunk.Context context) {
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
                outcomes = process(rows, plan, context, true);
                return Footprint.NONE;
              }

              @Override
              public List<RowOutcome> outcomes() {
                if (outcomes == null) {
                  outcomes = process(rows, plan, context, false);
                }
                return outcomes;
              }
            },
        rows);
  }

  private List<RowOutcome> process(
      List<SourceRow> rows, ColumnPlan plan, CustomerChunk.Context context, boolean write) {
    List<Checked> checked = rows.stream().map(row -> check(row, plan, context)).toList();
    List<ContactOutcome> decided =
        customers.importContacts(
            checked.stream()
                .map(c -> new CustomerImportApi.ContactRow(c.customer(), c.contact()))
                .toList(),
            context.run(),
            write);
    List<RowOutcome> outcomes = new ArrayList<>(rows.size());
    for (int i = 0; i < checked.size(); i++) {
      Checked c = checked.get(i);
      // in the order the row is checked: repaired defects, its customer, then the contact's cells
      List<RowOutcome.Problem> rowProblems = new ArrayList<>();
      c.row()
          .notes()
          .forEach(n -> rowProblems.add(new RowOutcome.Problem(null, null, "repaired", n, false)));
      switch (decided.get(i)) {
        case CUSTOMER_UNKNOWN ->
            rowProblems.add(
                problem(
                    c.columns(),
                    "customer",
                    "exists",
                    "import.row.customer-unknown",
                    context,
                    c.customer()));
        case CUSTOMER_FORBIDDEN ->
            rowProblems.add(
                problem(c.columns(), "customer", "forbidden", "import.row.forbidden", context));
        default -> {}
      }
      rowProblems.addAll(c.problems());
      String action =
          switch (decided.get(i)) {
            case CREATE -> RowOutcome.CREATE;
            case UPDATE -> RowOutcome.UPDATE;
            case SKIP -> RowOutcome.SKIP;
            case CUSTOMER_UNKNOWN, CUSTOMER_FORBIDDEN, CUSTOMER_FOUND -> RowOutcome.ERROR;
          };
      outcomes.add(new RowOutcome(c.row().number(), action, c.name(), rowProblems));
    }
    return outcomes;
  }

  /**
   * A row's cells and the problems of its own (name, phone, e-mail); a row without such problems
   * gives the contact to import.
   */
  private Checked check(SourceRow row, ColumnPlan plan, CustomerChunk.Context context) {
    Map<String, String> v = new HashMap<>();
    Map<String, String> columns = new HashMap<>();
    for (ColumnPlan.Column c : plan.columns()) {
      String cell = row.cell(c.index());
      columns.putIfAbsent(c.field(), c.name());
      if (cell != null && !cell.isBlank()) {
        v.putIfAbsent(c.field(), cell.strip());
      }
    }
    List<RowOutcome.Problem> rowProblems = new ArrayList<>();
    String name = v.get("contactName");
    if (name == null) {
      rowProblems.add(
          problem(
              columns,
              "contactName",
              "required",
              "import.row.required",
              context,
              columns.get("contactName")));
    }
    String phone = null;
    if (v.get("phone") != null) {
      phone = phones.toE164(v.get("phone")).orElse(null);
      if (phone == null) {
        rowProblems.add(
            problem(columns, "phone", "phone", "validation.phone", context, v.get("phone")));
      }
    }
    String email = null;
    if (v.get("email") != null) {
      email = EmailAddress.parse(v.get("email")).map(EmailAddress::value).orElse(null);
      if (email == null) {
        rowProblems.add(
            problem(columns, "email", "email", "validation.email", context, v.get("email")));
      }
    }
    CustomerImportApi.ContactInput contact =
        rowProblems.stream().anyMatch(RowOutcome.Problem::fatal)
            ? null
            : new CustomerImportApi.ContactInput(
                name, v.get("title"), phone, email, v.get("notes"));
    return new Checked(row, name, columns, v.get("customer"), rowProblems, contact);
  }

  private RowOutcome.Problem problem(
      Map<String, String> columns,
      String field,
      String rule,
      String key,
      CustomerChunk.Context context,
      Object... args) {
    return new RowOutcome.Problem(
        columns.get(field), field, rule, problems.messageOf(key, context.locale, args), true);
  }
}
