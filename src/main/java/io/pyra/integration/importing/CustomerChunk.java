package io.pyra.integration.importing;

import io.pyra.customer.CustomerImportApi;
import io.pyra.customer.ImportCustomerInput;
import io.pyra.customer.NormalizedCustomer;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.platform.EmailAddress;
import io.pyra.platform.PhoneNumbers;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RuleViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Decides and (when committing) writes one chunk of customer rows: each row parsed, matched to a
 * stored customer by code, then email, then phone, merged over it, validated by the customer
 * module's rules, and created, updated, or skipped when nothing would change. The customer module
 * reads and writes the customers ({@link CustomerImportApi#match}, {@link
 * CustomerImportApi#write}).
 */
@Component
class CustomerChunk {

  private final CustomerImportApi customers;
  private final IdentityApi identity;
  private final PhoneNumbers phoneNumbers;
  private final Problems problems;

  CustomerChunk(
      CustomerImportApi customers,
      IdentityApi identity,
      PhoneNumbers phoneNumbers,
      Problems problems) {
    this.customers = customers;
    this.identity = identity;
    this.phoneNumbers = phoneNumbers;
    this.problems = problems;
  }

  /** Per-run lookups (users, units, field types) and who runs it. */
  static final class Context {
    final UUID actorId;
    final String actorName;
    final UUID importId;
    final Locale locale;
    final Map<String, Optional<UserId>> users = new java.util.concurrent.ConcurrentHashMap<>();
    final Map<String, Optional<OrgUnitId>> units = new java.util.concurrent.ConcurrentHashMap<>();
    final Map<OrgUnitId, String> unitNames = new java.util.concurrent.ConcurrentHashMap<>();
    final Map<String, String> fieldTypes = new HashMap<>();
    final Map<UUID, String> fieldCodes = new HashMap<>();

    /** The names of kinds, stages and sectors, read when the run's first chunk is prepared. */
    volatile CustomerImportApi.CodedValues codedValues;

    Context(
        UUID actorId,
        String actorName,
        UUID importId,
        Locale locale,
        List<CustomerImportApi.FieldInfo> fields) {
      this(actorId, actorName, importId, locale, fields, null);
    }

    Context(
        UUID actorId,
        String actorName,
        UUID importId,
        Locale locale,
        List<CustomerImportApi.FieldInfo> fields,
        CustomerImportApi.CodedValues codedValues) {
      this.codedValues = codedValues;
      this.actorId = actorId;
      this.actorName = actorName;
      this.importId = importId;
      this.locale = locale;
      fields.forEach(
          f -> {
            fieldTypes.put(f.code(), f.type());
            fieldCodes.put(f.id(), f.code());
          });
    }

    /** The run as the customer module's audit records name it. */
    CustomerImportApi.ImportRun run() {
      return new CustomerImportApi.ImportRun(importId, new UserId(actorId), actorName);
    }
  }

  private record Parsed(
      SourceRow row,
      Map<String, String> values,
      Map<String, String> columns,
      List<String> phones,
      List<String> emails,
      Set<String> tags,
      Map<String, Object> custom,
      List<RowOutcome.Problem> problems,
      SeenKeys.Earlier earlier) {

    /**
     * The row with the phone or e-mail that a row of an earlier chunk gave first (null: none);
     * within a chunk, repeats are found as the rows are decided.
     */
    Parsed seen(SeenKeys seen, int chunkStart) {
      boolean imported = true;
      for (RowOutcome.Problem problem : problems) {
        if (problem.fatal()) {
          imported = false;
          break;
        }
      }
      SeenKeys.Earlier found = seen.see(row.number(), phones, emails, imported, chunkStart);
      return found == null
          ? this
          : new Parsed(row, values, columns, phones, emails, tags, custom, problems, found);
    }
  }

  /**
   * Parses and normalizes the rows' cells (no database reads or writes); the decision is made
   * later, in order.
   */
  PreparedChunk prepare(List<SourceRow> rows, ColumnPlan plan, Context context) {
    return prepare(rows, plan, context, new SeenKeys());
  }

  /**
   * Parses and normalizes the rows' cells, and looks their phones and e-mails up in (and adds them
   * to) what the pass's earlier chunks gave ({@code seen}, in the file's order: chunks are prepared
   * one after the other, by one thread).
   */
  PreparedChunk prepare(List<SourceRow> rows, ColumnPlan plan, Context context, SeenKeys seen) {
    if (context.codedValues == null) {
      context.codedValues = customers.codedValues();
    }
    int chunkStart = rows.getFirst().number();
    List<Parsed> parsed = new ArrayList<>(rows.size());
    for (SourceRow row : rows) {
      // in the file's order: the first row giving a phone or e-mail is the one named
      parsed.add(parse(row, plan, context).seen(seen, chunkStart));
    }
    return new PreparedChunk(
        parsed.size(), rows.getLast().number(), true, () -> decide(parsed, context), rows);
  }

  /**
   * Adds the phones and e-mails of rows an earlier run of the import already wrote to {@code seen},
   * as {@link #prepare} would have added them: an import resumed after its last committed row still
   * reports a value repeated from before that row. Parses the rows; reads and writes nothing (but
   * the run's owners and units, once each).
   */
  void remember(SourceRow row, ColumnPlan plan, Context context, SeenKeys seen) {
    if (context.codedValues == null) {
      context.codedValues = customers.codedValues();
    }
    parse(row, plan, context).seen(seen, 0);
  }

  /**
   * A chunk's rows decided: their outcomes, how to write them, and what the decision rests on (the
   * customers it matched, the codes, e-mails and phones its rows carry).
   */
  private record Decision(
      List<RowOutcome> outcomes, Supplier<Footprint> writer, Set<UUID> matched, List<String> keys)
      implements ChunkDecision {

    @Override
    public boolean overtakenBy(Footprint written) {
      return written.holdsAny(matched) || written.holdsAnyKey(keys);
    }

    @Override
    public Footprint write() {
      return writer.get();
    }
  }

  private Decision decide(List<Parsed> parsed, Context context) {
    // owners, units, sectors and field definitions looked up once per chunk, not per row
    CustomerImportApi.Batch batch = customers.batch();
    List<Optional<CustomerImportApi.Match>> matches =
        customers.match(
            parsed.stream()
                .map(
                    p ->
                        new CustomerImportApi.MatchKeys(
                            p.values().get("code"), p.emails(), p.phones()))
                .toList());
    Set<UUID> matched = new java.util.HashSet<>();
    matches.forEach(m -> m.ifPresent(found -> matched.add(found.customer().id().value())));
    List<RowOutcome> outcomes = new ArrayList<>();
    List<NormalizedCustomer> creates = new ArrayList<>();
    List<CustomerImportApi.CustomerChange> updates = new ArrayList<>();
    Map<String, Integer> claimed = new HashMap<>();
    Map<UUID, Integer> touched = new HashMap<>();
    for (int i = 0; i < parsed.size(); i++) {
      Parsed p = parsed.get(i);
      List<RowOutcome.Problem> rowProblems = new ArrayList<>(p.problems());
      String label = p.values().getOrDefault("name", p.values().get("code"));
      if (rowProblems.stream().anyMatch(RowOutcome.Problem::fatal)) {
        outcomes.add(new RowOutcome(p.row().number(), RowOutcome.ERROR, label, rowProblems));
        continue;
      }
      CustomerImportApi.Match match = matches.get(i).orElse(null);
      CustomerImportApi.StoredCustomer current = match == null ? null : match.customer();
      if (current != null
          && !batch.reaches(
              "customer.read", current.customer().ownerId(), current.customer().orgUnitId())) {
        // a customer the importer may not read: say where to ask, merge nothing of it into the
        // row's
        // checks (their messages would tell its kind, owner or phones), and import nothing
        String key = match.key();
        rowProblems.add(
            problem(
                p,
                key,
                "hidden-duplicate",
                "import.row.hidden-duplicate",
                context,
                unitName(current.customer().orgUnitId(), context)));
        outcomes.add(new RowOutcome(p.row().number(), RowOutcome.ERROR, label, rowProblems));
        continue;
      }
      RowOutcome.Matched named =
          current == null
              ? null
              : new RowOutcome.Matched(current.code(), current.customer().name(), match.key());
      Integer earlierRow =
          current == null ? null : touched.putIfAbsent(current.id().value(), p.row().number());
      if (earlierRow != null) {
        // another row of the file names the same customer: reported on the column it was found by
        String key = match.key();
        rowProblems.add(
            problem(
                p,
                key,
                "duplicate-in-file",
                "import.row.same-customer",
                context,
                p.row().number(),
                earlierRow,
                p.columns().getOrDefault(key, key),
                current.code() + " " + current.customer().name()));
        outcomes.add(new RowOutcome(p.row().number(), RowOutcome.ERROR, label, rowProblems, named));
        continue;
      }
      if (p.earlier() != null) {
        // the same phone or e-mail as a row of an earlier chunk: reported as within a chunk when
        // the row would create a customer on its own. Not otherwise: a row without a name that
        // adds a phone to the customer an earlier row created is applied after it. The earlier
        // chunk may have been written already (the row then matches the customer it created),
        // or not (a dry run): so the row is judged on its own, and both runs say the same.
        CustomerImportApi.Result alone =
            batch.normalize(merge(p, null, context), new UserId(context.actorId));
        if (alone.violations().isEmpty()) {
          SeenKeys.Earlier earlier = p.earlier();
          String field = earlier.field();
          rowProblems.add(
              problem(
                  p,
                  field,
                  "duplicate-in-file",
                  "import.row.repeated-" + field,
                  context,
                  p.row().number(),
                  earlier.row(),
                  p.columns().getOrDefault(field, field),
                  earlier.value()));
          outcomes.add(
              new RowOutcome(
                  p.row().number(), RowOutcome.ERROR, alone.customer().name(), rowProblems));
          continue;
        }
      }
      ImportCustomerInput input = merge(p, current, context);
      CustomerImportApi.Result result = batch.normalize(input, new UserId(context.actorId));
      List<RuleViolation> violations = new ArrayList<>(result.violations());
      if (current != null
          && p.values().get("kind") != null
          && !p.values().get("kind").isBlank()
          && !p.values().get("kind").strip().equalsIgnoreCase(current.customer().kind().name())) {
        violations.add(new RuleViolation("kind", "immutable", "customer.kind.immutable"));
      }
      if (violations.isEmpty()) {
        NormalizedCustomer c = result.customer();
        String permission = current == null ? "customer.create" : "customer.update";
        boolean reaches =
            batch.reaches(permission, c.ownerId(), c.orgUnitId())
                && (current == null
                    || batch.reaches(
                        permission, current.customer().ownerId(), current.customer().orgUnitId()));
        if (!reaches) {
          violations.add(new RuleViolation("ownerId", "forbidden", "import.row.forbidden"));
        }
      }
      if (!violations.isEmpty()) {
        for (RuleViolation v : violations) {
          String field = v.field();
          rowProblems.add(
              new RowOutcome.Problem(
                  columnOf(field, p.columns()), field, v.rule(), message(v, p, context), true));
        }
        outcomes.add(new RowOutcome(p.row().number(), RowOutcome.ERROR, label, rowProblems, named));
        continue;
      }
      NormalizedCustomer c = result.customer();
      label = c.name();
      if (current == null) {
        Claim earlier = claim(claimed, c, p.row().number());
        if (earlier != null) {
          // the same phone or e-mail as an earlier row: reported on that column, naming both rows
          String field = earlier.field();
          rowProblems.add(
              problem(
                  p,
                  field,
                  "duplicate-in-file",
                  "import.row.repeated-" + field,
                  context,
                  p.row().number(),
                  earlier.row(),
                  p.columns().getOrDefault(field, field),
                  earlier.value()));
          outcomes.add(new RowOutcome(p.row().number(), RowOutcome.ERROR, label, rowProblems));
          continue;
        }
        creates.add(c);
        outcomes.add(new RowOutcome(p.row().number(), RowOutcome.CREATE, label, rowProblems));
      } else if (c.equals(current.customer())) {
        outcomes.add(new RowOutcome(p.row().number(), RowOutcome.SKIP, label, rowProblems, named));
      } else {
        updates.add(new CustomerImportApi.CustomerChange(current, c));
        outcomes.add(
            new RowOutcome(p.row().number(), RowOutcome.UPDATE, label, rowProblems, named));
      }
    }
    return new Decision(outcomes, () -> write(creates, updates, context), matched, keys(parsed));
  }

  /**
   * The codes, e-mails and phones the rows carry: a chunk written meanwhile that holds one may
   * change a match.
   */
  private static List<String> keys(List<Parsed> parsed) {
    List<String> keys = new ArrayList<>();
    for (Parsed p : parsed) {
      if (hasCode(p)) {
        keys.add(Footprint.code(p.values().get("code").strip()));
      }
      p.emails().forEach(e -> keys.add(Footprint.email(e)));
      p.phones().forEach(x -> keys.add(Footprint.phone(x)));
    }
    return keys;
  }

  private Footprint write(
      List<NormalizedCustomer> creates,
      List<CustomerImportApi.CustomerChange> updates,
      Context context) {
    Footprint.Builder footprint = new Footprint.Builder();
    for (CustomerImportApi.WrittenCustomer written :
        customers.write(creates, updates, context.run())) {
      footprint.customer(
          written.id().value(), written.newCode(), written.emails(), written.phones());
    }
    return footprint.build();
  }

  /** An e-mail or phone an earlier row of the chunk gave: its field, the row and the value. */
  private record Claim(String field, int row, String value) {}

  private static Claim claim(Map<String, Integer> claimed, NormalizedCustomer c, int row) {
    for (String key : c.phones()) {
      Integer earlier = claimed.get("p:" + key);
      if (earlier != null) {
        return new Claim("phone", earlier, key);
      }
    }
    for (String key : c.emails()) {
      Integer earlier = claimed.get("e:" + key);
      if (earlier != null) {
        return new Claim("email", earlier, key);
      }
    }
    c.emails().forEach(k -> claimed.put("e:" + k, row));
    c.phones().forEach(k -> claimed.put("p:" + k, row));
    return null;
  }

  private String unitName(OrgUnitId orgUnitId, Context context) {
    return context.unitNames.computeIfAbsent(
        orgUnitId, id -> identity.orgUnit(id).map(OrgUnitSummary::name).orElse("?"));
  }

  private static boolean hasCode(Parsed p) {
    String code = p.values().get("code");
    return code != null && !code.isBlank();
  }

  private Parsed parse(SourceRow row, ColumnPlan plan, Context context) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> columns = new HashMap<>();
    List<String> phones = new ArrayList<>();
    List<String> emails = new ArrayList<>();
    Set<String> tags = new LinkedHashSet<>();
    Map<String, Object> custom = new LinkedHashMap<>();
    List<RowOutcome.Problem> problems = new ArrayList<>();
    for (String note : row.notes()) {
      problems.add(new RowOutcome.Problem(null, null, "repaired", note, false));
    }
    if (row.cells().isEmpty() && !row.notes().isEmpty()) {
      problems.add(
          new RowOutcome.Problem(null, null, "unreadable", String.join("; ", row.notes()), true));
    }
    for (ColumnPlan.Column column : plan.columns()) {
      String cell = row.cell(column.index());
      String value = cell == null ? "" : cell.strip();
      columns.putIfAbsent(column.field(), column.name());
      if (value.isEmpty()) {
        continue;
      }
      switch (column.field()) {
        case "phone" -> {
          for (String part : parts(value, PHONE_SEPARATORS)) {
            if (!part.isBlank()) {
              Optional<String> e164 = phoneNumbers.toE164(part);
              phones.add(e164.orElse(part.strip()));
            }
          }
        }
        case "email" -> {
          for (String part : parts(value, EMAIL_SEPARATORS)) {
            if (!part.isBlank()) {
              emails.add(EmailAddress.parse(part).map(EmailAddress::value).orElse(part.strip()));
            }
          }
        }
        case "tags" -> {
          for (String part : parts(value, TAG_SEPARATORS)) {
            if (!part.isBlank()) {
              tags.add(part.strip());
            }
          }
        }
        default -> {
          if (column.field().startsWith(ImportTargets.CUSTOM)) {
            custom.put(column.field().substring(ImportTargets.CUSTOM.length()), value);
          } else {
            values.merge(column.field(), value, (a, b) -> a + " " + b);
          }
        }
      }
    }
    for (String coded : CODED) {
      String cell = values.get(coded);
      if (cell != null) {
        context.codedValues.code(coded, cell).ifPresent(code -> values.put(coded, code));
      }
    }
    if (values.get("kind") != null) {
      values.put("kind", kind(values.get("kind")));
    }
    String owner = values.get("owner");
    if (owner != null
        && context
            .users
            .computeIfAbsent(
                owner.toLowerCase(Locale.ROOT),
                k ->
                    identity.userByUsername(owner).filter(UserSummary::active).map(UserSummary::id))
            .isEmpty()) {
      problems.add(
          new RowOutcome.Problem(
              columns.get("owner"),
              "owner",
              "exists",
              this.problems.messageOf("import.row.owner-unknown", context.locale, owner),
              true));
    }
    String unit = values.get("orgUnit");
    if (unit != null
        && context
            .units
            .computeIfAbsent(
                unit.toUpperCase(Locale.ROOT),
                k -> identity.orgUnitByCode(unit).map(OrgUnitSummary::id))
            .isEmpty()) {
      problems.add(
          new RowOutcome.Problem(
              columns.get("orgUnit"),
              "orgUnit",
              "exists",
              this.problems.messageOf("import.row.orgunit-unknown", context.locale, unit),
              true));
    }
    String employees = values.get("employeeCount");
    if (employees != null && !employees.replace(",", "").matches("-?\\d{1,9}")) {
      problems.add(
          new RowOutcome.Problem(
              columns.get("employeeCount"),
              "employeeCount",
              "type",
              this.problems.messageOf("import.row.number", context.locale, employees),
              true));
    }
    return new Parsed(row, values, columns, phones, emails, tags, custom, problems, null);
  }

  /** The columns whose cells name a coded value (by its code or a name the pages show). */
  private static final List<String> CODED = List.of("kind", "stage", "sector");

  private static final String PHONE_SEPARATORS = ";,/";
  private static final String EMAIL_SEPARATORS = ";, \t\n\u000B\f\r";
  private static final String TAG_SEPARATORS = ";,|，；";

  /**
   * The pieces of a cell between any of the separators (most cells hold one: no copy is made then).
   */
  static List<String> parts(String value, String separators) {
    int from = 0;
    List<String> parts = null;
    for (int i = 0; i < value.length(); i++) {
      if (separators.indexOf(value.charAt(i)) >= 0) {
        if (parts == null) {
          parts = new ArrayList<>(2);
        }
        parts.add(value.substring(from, i));
        from = i + 1;
      }
    }
    if (parts == null) {
      return List.of(value);
    }
    parts.add(value.substring(from));
    return parts;
  }

  private ImportCustomerInput merge(
      Parsed p, CustomerImportApi.StoredCustomer current, Context context) {
    Map<String, String> v = p.values();
    NormalizedCustomer s = current == null ? null : current.customer();
    UserId ownerId =
        v.get("owner") == null
            ? (s == null ? null : s.ownerId())
            : context.users.get(v.get("owner").toLowerCase(Locale.ROOT)).orElse(null);
    OrgUnitId unitId =
        v.get("orgUnit") == null
            ? (s == null ? null : s.orgUnitId())
            : context.units.get(v.get("orgUnit").toUpperCase(Locale.ROOT)).orElse(null);
    List<String> phones = new ArrayList<>(s == null ? List.of() : s.phones());
    p.phones().stream().filter(x -> !phones.contains(x)).forEach(phones::add);
    List<String> emails = new ArrayList<>(s == null ? List.of() : s.emails());
    p.emails().stream().filter(x -> !emails.contains(x)).forEach(emails::add);
    Set<String> tags = new LinkedHashSet<>(s == null ? Set.of() : s.tags());
    Set<String> lower =
        tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    p.tags().stream().filter(t -> !lower.contains(t.toLowerCase(Locale.ROOT))).forEach(tags::add);
    Map<String, Object> custom = new LinkedHashMap<>();
    if (s != null) {
      Map<UUID, List<NormalizedCustomer.Value>> byField =
          s.fieldValues().stream()
              .collect(Collectors.groupingBy(NormalizedCustomer.Value::fieldId));
      byField.forEach(
          (fieldId, list) -> {
            String code = context.fieldCodes.get(fieldId);
            if (code != null) {
              custom.put(code, valueForInput(list, context.fieldTypes.get(code)));
            }
          });
    }
    custom.putAll(p.custom());
    String employees = v.get("employeeCount");
    Integer employeeCount =
        employees == null
            ? (s == null ? null : s.employeeCount())
            : Integer.valueOf(employees.replace(",", ""));
    String kind = v.get("kind") != null ? v.get("kind") : s != null ? s.kind().name() : "PERSON";
    return new ImportCustomerInput(
        kind(kind),
        pick(v, "name", s == null ? null : s.name()),
        v.get("stage") != null ? v.get("stage") : s == null ? null : s.stage().name(),
        ownerId,
        unitId,
        v.get("sector") != null ? v.get("sector") : current == null ? null : current.sectorCode(),
        phones,
        emails,
        pick(v, "country", s == null ? null : s.country()),
        pick(v, "province", s == null ? null : s.province()),
        pick(v, "city", s == null ? null : s.city()),
        pick(v, "street", s == null ? null : s.street()),
        pick(v, "postalCode", s == null ? null : s.postalCode()),
        pick(v, "education", s == null ? null : s.education()),
        pick(v, "interests", s == null ? null : s.interests()),
        pick(v, "industry", s == null ? null : s.industry()),
        employeeCount,
        pick(v, "coreCompetencies", s == null ? null : s.coreCompetencies()),
        pick(v, "competitors", s == null ? null : s.competitors()),
        pick(v, "background", s == null ? null : s.background()),
        tags,
        custom);
  }

  /** A stored custom field's values as a row would give them, to merge the row's over them. */
  private static Object valueForInput(List<NormalizedCustomer.Value> values, String type) {
    if (values.isEmpty()) {
      return null;
    }
    if ("MULTI_CHOICE".equals(type)) {
      return values.stream()
          .sorted(java.util.Comparator.comparingInt(NormalizedCustomer.Value::position))
          .map(NormalizedCustomer.Value::text)
          .toList();
    }
    NormalizedCustomer.Value v = values.getFirst();
    if (v.text() != null) {
      return v.text();
    }
    if (v.number() != null) {
      return v.number().toPlainString();
    }
    if (v.date() != null) {
      return v.date().toString();
    }
    return v.bool();
  }

  /** Kind words in English or Chinese: person / organization (个人, 企业, 公司, 机构). */
  private static String kind(String kind) {
    return switch (kind.strip().toLowerCase(Locale.ROOT)) {
      case "个人", "person", "individual", "p" -> "PERSON";
      case "企业", "公司", "机构", "组织", "organisation", "organization", "company", "org", "o" ->
          "ORGANIZATION";
      default -> kind;
    };
  }

  private static String pick(Map<String, String> values, String field, String stored) {
    String value = values.get(field);
    return value != null ? value : stored;
  }

  private static String columnOf(String field, Map<String, String> columns) {
    if (field == null) {
      return null;
    }
    String root = field.replaceAll("\\[.*$", "");
    String target =
        switch (root) {
          case "phones" -> "phone";
          case "emails" -> "email";
          case "ownerId" -> "owner";
          case "orgUnitId" -> "orgUnit";
          case "address.country",
              "address.province",
              "address.city",
              "address.street",
              "address.postalCode" ->
              root.substring("address.".length());
          default ->
              root.startsWith("profile.")
                  ? root.substring("profile.".length())
                  : root.startsWith("customFields.")
                      ? ImportTargets.CUSTOM + root.substring("customFields.".length())
                      : root;
        };
    return columns.get(target);
  }

  /**
   * A rule's message in the importer's language; a kind or stage the row names that is none of them
   * is answered with the names the pages show.
   */
  private String message(RuleViolation v, Parsed p, Context context) {
    if ("one-of".equals(v.rule()) && ("stage".equals(v.field()) || "kind".equals(v.field()))) {
      String separator = "zh".equals(context.locale.getLanguage()) ? "、" : ", ";
      return problems.messageOf(
          "import.row." + v.field() + "-unknown",
          context.locale,
          p.values().get(v.field()),
          String.join(separator, context.codedValues.names(v.field(), context.locale)));
    }
    return problems.message(v, context.locale);
  }

  private RowOutcome.Problem problem(
      Parsed p, String field, String rule, String key, Context context, Object... args) {
    return new RowOutcome.Problem(
        p.columns().get(field), field, rule, problems.messageOf(key, context.locale, args), true);
  }
}
