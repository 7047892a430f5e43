package io.pyra.integration.importing;

import io.pyra.customer.CustomerImportApi;
import io.pyra.identity.CurrentUser;
import io.pyra.platform.Ids;
import io.pyra.platform.PhoneNumbers;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.support.CaseImportApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Upload, mapping and start of imports for the signed-in user: the file is stored, its header read
 * (refusing a file that cannot be read before anything runs), and the run handed to the runner.
 */
@Service
public class ImportService {

  /** What a file can be imported as, in the words of the API's {@code entity} parameter. */
  public static final List<String> ENTITIES =
      List.of("customers", "contacts", "orders", "payments", "products", "opportunities", "cases");

  /**
   * An import of a sales pipeline set creates offices, users, products, customers and
   * opportunities: it needs the permissions of each.
   */
  static final List<String> OPPORTUNITY_PERMISSIONS =
      List.of("org-unit.manage", "user.manage", "catalogue.manage", "opportunity.write");

  /** An import of past cases opens cases. */
  static final String CASE_PERMISSION = "case.create";

  /** The permission a sales import needs besides the import's own. */
  private static final Map<String, String> SALES_PERMISSIONS =
      Map.of("orders", "order.write", "payments", "payment.write", "products", "catalogue.manage");

  /** The header and the mapping are kept as JSON text of at most this many characters. */
  public static final int KEPT_TEXT_MAX = 8000;

  private final ImportJobs jobs;
  private final ImportRunner runner;
  private final CustomerImportApi customers;
  private final CurrentUser currentUser;
  private final JsonMapper json;
  private final Path directory;

  private final PhoneNumbers phoneNumbers;

  /** The most order numbers with scattered rows an upload keeps (more: the import reads twice). */
  private final int maxScattered;

  private final ImportWords words;
  private final CaseImportApi cases;

  ImportService(
      CaseImportApi cases,
      ImportWords words,
      ImportJobs jobs,
      ImportRunner runner,
      CustomerImportApi customers,
      CurrentUser currentUser,
      JsonMapper json,
      @Value("${pyra.import.directory:${java.io.tmpdir}/pyra-imports}") Path directory,
      @Value("${pyra.import.scattered-orders-max:10000}") int maxScattered,
      PhoneNumbers phoneNumbers) {
    this.cases = cases;
    this.maxScattered = maxScattered;
    this.phoneNumbers = phoneNumbers;
    this.words = words;
    this.jobs = jobs;
    this.runner = runner;
    this.customers = customers;
    this.currentUser = currentUser;
    this.json = json;
    this.directory = directory;
  }

  /**
   * Stores the file and reads its header; a file that cannot be read is refused and nothing is
   * kept.
   */
  public ImportJob upload(String fileName, InputStream content, String entity) {
    String safeEntity = entity(entity);
    if ("opportunities".equals(safeEntity)
        && !OPPORTUNITY_PERMISSIONS.stream().allMatch(currentUser::has)) {
      throw new org.springframework.security.access.AccessDeniedException(
          "importing opportunities needs " + String.join(", ", OPPORTUNITY_PERMISSIONS));
    }
    if ("cases".equals(safeEntity) && !currentUser.has(CASE_PERMISSION)) {
      throw new org.springframework.security.access.AccessDeniedException(
          "importing cases needs " + CASE_PERMISSION);
    }
    String permission = SALES_PERMISSIONS.get(safeEntity);
    if (permission != null && !currentUser.has(permission)) {
      throw new org.springframework.security.access.AccessDeniedException(permission);
    }
    UUID id = Ids.newId();
    String name =
        fileName == null || fileName.isBlank()
            ? "upload.csv"
            : Path.of(fileName).getFileName().toString();
    String format = TabularFile.formatOf(name);
    Path stored = directory.resolve(id + "." + format);
    try {
      Files.createDirectories(directory);
      Files.copy(content, stored, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String header;
    int[] rows = {0};
    ImportJobs.OrderRows orders;
    char delimiter;
    try {
      TabularFile table = TabularFile.open(stored, format, phoneNumbers);
      delimiter = table.delimiter();
      header = json.writeValueAsString(table.header());
      if (header.length() > KEPT_TEXT_MAX) {
        throw new ImportFileException("import.file.header-too-long", KEPT_TEXT_MAX);
      }
      ScatteredOrders orderNumbers = orderNumbers(safeEntity, table.header());
      table.rows(
          0,
          row -> {
            rows[0]++;
            if (orderNumbers != null) {
              orderNumbers.add(row);
            }
          });
      orders =
          orderNumbers == null
              ? null
              : orderNumbers
                  .scattered()
                  .map(scattered -> new ImportJobs.OrderRows(orderNumbers.index(), scattered))
                  .orElse(null);
    } catch (RuntimeException e) {
      delete(stored);
      throw e;
    }
    ImportJob job =
        new ImportJob(
            id,
            currentUser.requireId().value(),
            currentUser.username().orElse("?"),
            safeEntity,
            name.length() > 300 ? name.substring(0, 300) : name,
            format,
            stored.toString(),
            header,
            null,
            ImportJob.GOOD_ROWS,
            true,
            ImportJob.READY,
            rows[0],
            0,
            0,
            0,
            0,
            0,
            0,
            null,
            Instant.now(),
            null);
    jobs.insert(job);
    jobs.delimiter(id, delimiter, orders);
    return job;
  }

  /**
   * For an order import: the column its suggested mapping takes the order number from, watched for
   * the orders whose lines the file does not keep together; null for other imports or none.
   */
  private ScatteredOrders orderNumbers(String entity, List<String> header) {
    if (!"orders".equals(entity)) {
      return null;
    }
    Map<String, String> suggested =
        ImportTargets.suggest(
            entity,
            header,
            customers.customFields(),
            words.fieldLabels(entity),
            words::isReasonColumn);
    return suggested.entrySet().stream()
        .filter(e -> "orderNumber".equals(e.getValue()))
        .map(e -> header.indexOf(e.getKey()))
        .filter(i -> i >= 0)
        .findFirst()
        .map(index -> new ScatteredOrders(index, maxScattered))
        .orElse(null);
  }

  /**
   * The entity named, one of {@link #ENTITIES} (however capitalised); any other word is refused
   * naming the ones that exist, before the file is stored, instead of being run as a customer
   * import.
   */
  public static String entity(String entity) {
    String named =
        entity == null || entity.isBlank()
            ? ENTITIES.getFirst()
            : entity.strip().toLowerCase(Locale.ROOT);
    if (!ENTITIES.contains(named)) {
      String shown = named.length() > 50 ? named.substring(0, 50) + "…" : named;
      throw new BusinessRuleException(
          "entity", "unknown", "import.entity.unknown", shown, String.join(", ", ENTITIES));
    }
    return named;
  }

  /**
   * Keeps the time zone of times without an offset and the currency of rows without one, for an
   * import of orders, payments or products (blank: the company's zone, the base currency); an
   * unknown zone or a currency that is not ISO 4217 is refused.
   */
  public void options(UUID id, String timeZone, String currency) {
    String zone = timeZone == null || timeZone.isBlank() ? null : timeZone.strip();
    if (zone != null) {
      try {
        zone = java.time.ZoneId.of(zone).getId();
      } catch (java.time.DateTimeException e) {
        throw new BusinessRuleException("timeZone", "unknown", "import.time-zone.unknown", zone);
      }
    }
    String code = currency == null || currency.isBlank() ? null : SalesCells.currency(currency);
    if (currency != null && !currency.isBlank() && code == null) {
      throw new BusinessRuleException("currency", "unknown", "import.currency.unknown", currency);
    }
    get(id);
    jobs.options(id, zone, code);
  }

  /**
   * Keeps who works the cases of an import of past cases: the assignee (a username) and the team
   * (an org unit's code), both optional (see {@link CaseImportApi#assignment}); an unknown name is
   * refused naming {@code assignee} or {@code team}.
   */
  public void caseOptions(UUID id, String assignee, String team) {
    ImportJob job = get(id);
    if (!"cases".equals(job.entity())) {
      return;
    }
    CaseImportApi.Assignment who = cases.assignment(assignee, team);
    jobs.caseOptions(
        id, who.team().value(), who.assignee() == null ? null : who.assignee().value());
  }

  /** The job when it is the current user's; 404 otherwise. */
  public ImportJob get(UUID id) {
    return jobs.find(id)
        .filter(j -> j.createdBy().equals(currentUser.requireId().value()))
        .orElseThrow(() -> new RecordNotFoundException("import", id));
  }

  public List<ImportJob> mine() {
    return jobs.byUser(currentUser.requireId().value(), 100);
  }

  public List<String> header(ImportJob job) {
    return json.readValue(job.headers(), new TypeReference<List<String>>() {});
  }

  public Map<String, String> mapping(ImportJob job) {
    if (job.mapping() == null) {
      return ImportTargets.suggest(
          job.entity(),
          header(job),
          customers.customFields(),
          words.fieldLabels(job.entity()),
          words::isReasonColumn);
    }
    return json.readValue(job.mapping(), new TypeReference<LinkedHashMap<String, String>>() {});
  }

  public Map<String, String> parseMapping(String mappingJson) {
    try {
      return json.readValue(mappingJson, new TypeReference<LinkedHashMap<String, String>>() {});
    } catch (RuntimeException e) {
      throw new ImportFileException("import.mapping.malformed");
    }
  }

  public List<String> fields(String entity) {
    return ImportTargets.fields(entity, customers.customFields());
  }

  /**
   * Checks the mapping against the header (a missing column is refused before anything runs) and
   * starts the dry run or the commit in the background. Running again after an interruption
   * resumes.
   */
  public ImportJob start(
      UUID id, Map<String, String> mapping, String mode, boolean dryRun, Locale locale) {
    ImportJob job = get(id);
    if (!java.nio.file.Files.exists(Path.of(job.storedFile()))) {
      throw new ImportFileException("import.file.expired");
    }
    Map<String, String> effective = mapping == null || mapping.isEmpty() ? mapping(job) : mapping;
    ColumnPlan.of(header(job), effective, job.entity(), customers.customFields());
    String safeMode =
        ImportJob.ALL_OR_NOTHING.equalsIgnoreCase(mode)
            ? ImportJob.ALL_OR_NOTHING
            : ImportJob.GOOD_ROWS;
    String kept = json.writeValueAsString(effective);
    if (kept.length() > KEPT_TEXT_MAX) {
      throw new ImportFileException("import.mapping.too-long", KEPT_TEXT_MAX);
    }
    if (runner.isRunning(id) || !jobs.queue(id, kept, safeMode, dryRun)) {
      throw new ImportFileException("import.not-startable");
    }
    runner.launch(id, locale);
    return get(id);
  }

  public void saveMapping(String name, String entity, Map<String, String> mapping) {
    if (name == null || name.isBlank()) {
      return;
    }
    String clean = name.strip();
    jobs.saveMapping(
        clean.length() > 100 ? clean.substring(0, 100) : clean,
        entity,
        json.writeValueAsString(mapping),
        currentUser.requireId().value());
  }

  public List<ImportJobs.SavedMapping> savedMappings(String entity) {
    return jobs.mappings(entity);
  }

  public Map<String, String> savedMapping(UUID id) {
    return jobs.mapping(id)
        .map(m -> parseMapping(m.mapping()))
        .orElseThrow(() -> new RecordNotFoundException("mapping", id));
  }

  /**
   * The cells of the file's first data row (empty when it has none), to show next to the mapping.
   */
  public List<String> firstRow(ImportJob job) {
    List<String> first = new java.util.ArrayList<>();
    try {
      TabularFile.open(Path.of(job.storedFile()), job.format(), phoneNumbers)
          .rows(
              0,
              row -> {
                first.addAll(row.cells());
                throw new FirstRowRead();
              });
    } catch (RuntimeException e) {
      // stopped after the first row (or the file became unreadable: show no samples)
    }
    return first;
  }

  private static final class FirstRowRead extends RuntimeException {
    FirstRowRead() {
      super(null, null, false, false);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // left for the temp directory's cleaning
    }
  }
}
