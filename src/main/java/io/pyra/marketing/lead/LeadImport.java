package io.pyra.marketing.lead;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.sales.CatalogueItem;
import io.pyra.sales.SalesApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports leads from a CSV file (UTF-8, comma separated, a header line), all or nothing: every row
 * is checked with the rules of the form (a problem names the row, the column and the reason), and
 * against customers, leads and the file's other rows for likely duplicates, which stop the import
 * unless the user allows them (they are then noted in each lead's history). At most {@link
 * #MAX_ROWS} rows; the leads belong to the importing user in their org unit.
 */
@Service
@Transactional
public class LeadImport {

  public static final int MAX_ROWS = 2000;

  /** The columns a file may have, in the order the page lists them. */
  public static final List<String> COLUMNS =
      List.of(
          "name",
          "phone",
          "phone_other",
          "email",
          "source",
          "campaign",
          "interest",
          "centre",
          "notes",
          "consent_email",
          "consent_sms",
          "consent_phone");

  /** The column of each field the rules name. */
  private static final Map<String, String> COLUMN_OF =
      Map.ofEntries(
          Map.entry("name", "name"),
          Map.entry("phone", "phone"),
          Map.entry("phoneOther", "phone_other"),
          Map.entry("email", "email"),
          Map.entry("source", "source"),
          Map.entry("campaignId", "campaign"),
          Map.entry("interestId", "interest"),
          Map.entry("centreId", "centre"),
          Map.entry("notes", "notes"),
          Map.entry("duplicateReason", "notes"));

  /** A broken cell (or the file, row 0): the message key and its arguments. */
  public record RowProblem(int row, String column, String messageKey, Object[] args) {}

  /** A row that looks like a stored customer or lead, or like an earlier row of the file. */
  public record RowDuplicate(
      int row, String name, List<LeadDuplicate> matches, Integer sameAsRow) {}

  /** What an import did: how many leads it recorded, or why it recorded none. */
  public record Result(int imported, List<RowProblem> problems, List<RowDuplicate> duplicates) {

    public boolean done() {
      return imported > 0 || (problems.isEmpty() && duplicates.isEmpty());
    }
  }

  private final LeadService leads;
  private final LeadRules rules;
  private final LeadAccess access;
  private final IdentityApi identity;
  private final SalesApi sales;
  private final JdbcClient jdbc;

  LeadImport(
      LeadService leads,
      LeadRules rules,
      LeadAccess access,
      IdentityApi identity,
      SalesApi sales,
      JdbcClient jdbc) {
    this.leads = leads;
    this.rules = rules;
    this.access = access;
    this.identity = identity;
    this.sales = sales;
    this.jdbc = jdbc;
  }

  private record Row(int line, String name, LeadDetails details) {}

  public Result run(InputStream file, boolean allowDuplicates) {
    if (!access.mayWrite()) {
      throw new AccessRefusedException("may not import leads");
    }
    UserSummary me = identity.user(new UserId(access.me())).orElseThrow();
    List<CSVRecord> records = read(file);
    Map<String, UUID> campaigns =
        campaignsByCode(
            records.stream()
                .map(r -> cell(r, "campaign"))
                .filter(c -> c != null)
                .map(c -> c.toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet()));
    Map<String, CatalogueItem> interests =
        sales.catalogueItems().stream()
            .collect(
                Collectors.toMap(
                    i -> i.code().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a));
    Map<String, UUID> centres = new HashMap<>();
    for (OrgUnitSummary branch : identity.branches()) {
      centres.put(branch.code().toUpperCase(Locale.ROOT), branch.id().value());
    }
    List<RowProblem> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (CSVRecord record : records) {
      int line = (int) record.getRecordNumber() + 1;
      List<RuleViolation> violations = new ArrayList<>();
      UUID campaignId =
          code(record, "campaign", campaigns, "lead.import.campaign.unknown", line, problems);
      UUID centreId = code(record, "centre", centres, "lead.import.centre.unknown", line, problems);
      UUID interestId = null;
      String interest = cell(record, "interest");
      if (interest != null) {
        CatalogueItem item = interests.get(interest.toUpperCase(Locale.ROOT));
        if (item == null) {
          problems.add(
              new RowProblem(
                  line, "interest", "lead.import.interest.unknown", new Object[] {interest}));
        } else {
          interestId = item.id().value();
        }
      }
      String source = cell(record, "source");
      SaveLead command =
          new SaveLead(
              source == null ? LeadSource.IMPORT.name() : source,
              campaignId,
              cell(record, "name"),
              cell(record, "phone"),
              cell(record, "phone_other"),
              cell(record, "email"),
              interestId,
              centreId,
              cell(record, "notes"),
              flag(record, "consent_email", line, problems),
              flag(record, "consent_sms", line, problems),
              flag(record, "consent_phone", line, problems),
              null,
              null,
              null);
      LeadDetails details = rules.details(command, violations);
      for (RuleViolation v : violations) {
        problems.add(
            new RowProblem(
                line, COLUMN_OF.getOrDefault(v.field(), v.field()), v.messageKey(), v.args()));
      }
      if (violations.isEmpty()) {
        rows.add(new Row(line, details.name(), details));
      }
    }
    if (!problems.isEmpty()) {
      return new Result(0, problems, List.of());
    }
    List<RowDuplicate> duplicates = duplicates(rows);
    if (!duplicates.isEmpty() && !allowDuplicates) {
      return new Result(0, List.of(), duplicates);
    }
    Set<Integer> duplicated =
        duplicates.stream().map(RowDuplicate::row).collect(Collectors.toSet());
    for (Row row : rows) {
      leads.imported(
          row.details(),
          me.id().value(),
          me.orgUnitId().value(),
          duplicated.contains(row.line()) ? "imported despite likely duplicates" : null);
    }
    return new Result(rows.size(), List.of(), duplicates);
  }

  private List<RowDuplicate> duplicates(List<Row> rows) {
    List<RowDuplicate> found = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Row row : rows) {
      Integer earlier = null;
      for (String key : keys(row.details())) {
        Integer first = seen.putIfAbsent(key, row.line());
        if (first != null && earlier == null) {
          earlier = first;
        }
      }
      List<LeadDuplicate> matches = leads.duplicatesOf(row.details());
      if (!matches.isEmpty() || earlier != null) {
        found.add(new RowDuplicate(row.line(), row.name(), matches, earlier));
      }
    }
    return found;
  }

  private static List<String> keys(LeadDetails details) {
    List<String> keys = new ArrayList<>();
    if (details.phone() != null) {
      keys.add("p:" + details.phone());
    }
    if (details.phoneOther() != null) {
      keys.add("p:" + details.phoneOther());
    }
    if (details.email() != null) {
      keys.add("e:" + details.email());
    }
    return keys;
  }

  private List<CSVRecord> read(InputStream file) {
    if (file == null) {
      throw new BusinessRuleException("file", "required", "lead.import.file.required");
    }
    Reader reader =
        new InputStreamReader(
            file,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    try (CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get()
            .parse(reader)) {
      List<String> header =
          parser.getHeaderNames().stream()
              .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
              .toList();
      for (String column : header) {
        if (!COLUMNS.contains(column)) {
          throw new BusinessRuleException("file", "column", "lead.import.column.unknown", column);
        }
      }
      if (!header.contains("name")) {
        throw new BusinessRuleException("file", "column", "lead.import.column.unknown", "name");
      }
      List<CSVRecord> records = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (records.size() >= MAX_ROWS) {
          throw new BusinessRuleException("file", "max-rows", "lead.import.rows.max", MAX_ROWS);
        }
        records.add(record);
      }
      if (records.isEmpty()) {
        throw new BusinessRuleException("file", "empty", "lead.import.rows.none");
      }
      return records;
    } catch (IOException | RuntimeException unreadable) {
      if (unreadable instanceof BusinessRuleException refusal) {
        throw refusal;
      }
      throw new BusinessRuleException("file", "unreadable", "lead.import.file.unreadable");
    }
  }

  /** The cell of a column (by its lower-case name, a BOM aside), or null when blank or absent. */
  private static String cell(CSVRecord record, String column) {
    for (Map.Entry<String, String> entry : record.toMap().entrySet()) {
      String name = entry.getKey().replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
      if (name.equals(column)) {
        return LeadRules.clean(entry.getValue());
      }
    }
    return null;
  }

  private static UUID code(
      CSVRecord record,
      String column,
      Map<String, UUID> known,
      String messageKey,
      int line,
      List<RowProblem> problems) {
    String value = cell(record, column);
    if (value == null) {
      return null;
    }
    UUID id = known.get(value.toUpperCase(Locale.ROOT));
    if (id == null) {
      problems.add(new RowProblem(line, column, messageKey, new Object[] {value}));
    }
    return id;
  }

  private static boolean flag(
      CSVRecord record, String column, int line, List<RowProblem> problems) {
    String value = cell(record, column);
    if (value == null) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true", "1", "是" -> true;
      case "no", "n", "false", "0", "否" -> false;
      default -> {
        problems.add(new RowProblem(line, column, "lead.import.flag.invalid", new Object[0]));
        yield false;
      }
    };
  }

  private Map<String, UUID> campaignsByCode(Set<String> codes) {
    Map<String, UUID> found = new HashMap<>();
    if (codes.isEmpty()) {
      return found;
    }
    jdbc.sql("select code, id from marketing_campaign where code in (:codes)")
        .param("codes", List.copyOf(codes))
        .query(
            (rs, n) ->
                found.put(rs.getString(1).toUpperCase(Locale.ROOT), rs.getObject(2, UUID.class)))
        .list();
    return found;
  }
}
