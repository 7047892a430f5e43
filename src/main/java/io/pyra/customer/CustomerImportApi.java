package io.pyra.customer;

import io.pyra.customer.importing.ImportVocabulary;
import io.pyra.customer.importing.ImportedContacts;
import io.pyra.customer.importing.ImportedCustomers;
import io.pyra.customer.profile.ImportNormalization;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.platform.error.RuleViolation;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the import (integration module) may use of the customer module: the form's validation and
 * normalization for one row, the reach check, the custom field catalogue, a customer's card for
 * vCard export, and the import's reads and writes of customers and contacts, chunk by chunk, in the
 * caller's transaction. Integration keeps the files, the mapping, the jobs and the pipeline; the
 * customer tables are read and written only here, with set-based SQL (PostgreSQL {@code COPY}).
 */
@Service
public class CustomerImportApi {

  private final ImportNormalization normalization;
  private final ImportedCustomers imported;
  private final ImportedContacts contacts;
  private final ImportVocabulary vocabulary;
  private final JdbcClient jdbc;

  CustomerImportApi(
      ImportNormalization normalization,
      ImportedCustomers imported,
      ImportedContacts contacts,
      ImportVocabulary vocabulary,
      JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.normalization = normalization;
    this.imported = imported;
    this.contacts = contacts;
    this.vocabulary = vocabulary;
  }

  /**
   * The words a row may give for the coded values of a customer ({@code kind}, {@code stage},
   * {@code sector}): their codes and every name the pages show for them in English or Chinese, as
   * the message bundles and the sector taxonomy say now. Read once per run.
   */
  public CodedValues codedValues() {
    return vocabulary.read();
  }

  /**
   * The live organizations (kind ORGANIZATION) whose name is exactly one of {@code names}, by name
   * (the earliest created one when several share it), whoever may see them: for an import of
   * another module that names its customers by name only (the accounts of a sales pipeline).
   */
  public Map<String, CustomerId> organizationsByName(Collection<String> names) {
    Map<String, CustomerId> found = new HashMap<>();
    List<String> wanted = names.stream().filter(n -> n != null && !n.isBlank()).distinct().toList();
    for (int from = 0; from < wanted.size(); from += 500) {
      jdbc.sql(
              """
              select name, id from customer_customer
               where kind = 'ORGANIZATION' and name in (:names)
                 and deleted_at is null and merged_into_id is null
               order by created_at desc, id desc""")
          .param("names", wanted.subList(from, Math.min(wanted.size(), from + 500)))
          .query((rs, n) -> found.put(rs.getString(1), new CustomerId(rs.getObject(2, UUID.class))))
          .list();
    }
    return found;
  }

  /** The coded values of a customer as an import row may name them. */
  public interface CodedValues {

    /**
     * The code ({@link CustomerKind} or {@link LifecycleStage} name, sector code) that a cell names
     * by its code or a name the pages show in either language (case, spaces and full-width forms
     * aside); empty when it names none, or a value two codes share.
     */
    Optional<String> code(String field, String cell);

    /** The values' names as the pages show them in the locale's language, in their order. */
    List<String> names(String field, Locale locale);
  }

  /** Validates and normalizes a row; {@code actingUserId} is the default owner. */
  public Result normalize(ImportCustomerInput input, UserId actingUserId) {
    return normalization.normalize(input, UserId.valueOrNull(actingUserId));
  }

  /**
   * A batch for one import run: the same validation and reach rules, with owners, org units,
   * sectors and custom field definitions looked up once per run instead of once per row.
   */
  public Batch batch() {
    return new Batch(normalization.batch());
  }

  /** Normalization and reach checks for the many rows of one run. */
  public static final class Batch {

    private final ImportNormalization.Batch batch;

    private Batch(ImportNormalization.Batch batch) {
      this.batch = batch;
    }

    public Result normalize(ImportCustomerInput input, UserId actingUserId) {
      return batch.normalize(input, UserId.valueOrNull(actingUserId));
    }

    public boolean reaches(String permission, UserId ownerId, OrgUnitId orgUnitId) {
      return batch.reaches(
          permission, UserId.valueOrNull(ownerId), OrgUnitId.valueOrNull(orgUnitId));
    }
  }

  public List<FieldInfo> customFields() {
    return normalization.customFields();
  }

  /**
   * The customer's card when the current user may read it (merged codes resolve to the survivor).
   */
  public Optional<Card> card(CustomerId id) {
    return normalization.card(id.value());
  }

  /**
   * For each row, in order, the live customer it names, if any: a row with a code by its code only,
   * one without by the first of its e-mails a customer holds, else by the first of its phones (the
   * earliest created holder of a key wins). Matched customers are read whole, at their current
   * version.
   */
  public List<Optional<Match>> match(List<MatchKeys> rows) {
    return imported.match(rows);
  }

  /**
   * Writes one chunk of decided rows in the caller's transaction: {@code creates} as new customers
   * (numbered from the code sequence), {@code changes} over the customers they were decided on, and
   * one audit record for the run. Throws {@link ChangedMeanwhile} when a changed customer is no
   * longer at the version read; the caller rolls the chunk back and decides it again.
   */
  public List<WrittenCustomer> write(
      List<NormalizedCustomer> creates, List<CustomerChange> changes, ImportRun run) {
    return imported.write(creates, changes, run);
  }

  /**
   * Creates customers under the codes another file gave them (an order import's customer ids), in
   * the caller's transaction, with one audit record for the run; the codes are not taken by a live
   * customer (the caller matched them first).
   */
  public List<WrittenCustomer> createCoded(List<CodedCustomer> creates, ImportRun run) {
    return imported.createCoded(creates, run);
  }

  /** A new customer and the code it is to be given. */
  public record CodedCustomer(String code, NormalizedCustomer customer) {}

  /**
   * Decides, in order, one chunk of contact rows and, when {@code write}, saves them in the
   * caller's transaction with one audit record for the run. Each row's customer is looked up (by
   * code, else exact name) among the live customers the current user may read; the contact is
   * matched in it by e-mail, else phone, else (with neither) name; a later row sees what an earlier
   * one wrote.
   */
  public List<ContactOutcome> importContacts(List<ContactRow> rows, ImportRun run, boolean write) {
    return contacts.importContacts(rows, run, write);
  }

  /** Which import writes and who runs it: the audit records of its chunks name them. */
  public record ImportRun(UUID importId, UserId actor, String actorName) {}

  /**
   * The keys an import row may name a stored customer by: its code (null or blank: none), its
   * normalized e-mails and phones.
   */
  public record MatchKeys(String code, List<String> emails, List<String> phones) {}

  /**
   * The customer a row names, and the key it was found by: {@code code}, {@code email} or {@code
   * phone}.
   */
  public record Match(StoredCustomer customer, String key) {}

  /**
   * A stored customer as the import reads it: its code, its sector's code, the version its values
   * were read at, and its normalized description (compared with a row's to skip unchanged rows).
   */
  public record StoredCustomer(
      CustomerId id, String code, String sectorCode, long version, NormalizedCustomer customer) {}

  /** New values for a stored customer, decided on the stored values (and version) read. */
  public record CustomerChange(StoredCustomer stored, NormalizedCustomer customer) {}

  /**
   * A customer a chunk wrote: its id, the code it was given ({@code null} when it was updated), and
   * the e-mails and phones it now holds.
   */
  public record WrittenCustomer(
      CustomerId id, String newCode, List<String> emails, List<String> phones) {}

  /**
   * Someone changed a customer after the import read it: nothing of the chunk may be committed; it
   * is decided again on what was saved.
   */
  public static final class ChangedMeanwhile extends RuntimeException {

    public ChangedMeanwhile(int expected, int changed) {
      super(
          changed
              + " of "
              + expected
              + " customers changed as read; the others were changed meanwhile");
    }
  }

  /**
   * A contact row of an import: the customer's code or exact name, and the contact (phone in E.164,
   * e-mail normalized; longer texts are cut to the columns' lengths); {@code contact} is null when
   * the row is not to be imported (it broke the file's own checks) and only its customer is looked
   * up.
   */
  public record ContactRow(String customer, ContactInput contact) {}

  /** A contact's values as an import row gives them. */
  public record ContactInput(String name, String title, String phone, String email, String notes) {}

  /** What became of a contact row. */
  public enum ContactOutcome {
    /** No live customer the current user may read has that code or name. */
    CUSTOMER_UNKNOWN,
    /** The customer is readable, but the current user may not change it. */
    CUSTOMER_FORBIDDEN,
    /** The customer was found and may be changed; the row had no contact to import. */
    CUSTOMER_FOUND,
    CREATE,
    UPDATE,
    /** The matched contact already holds the row's values. */
    SKIP
  }

  /** A normalized customer, or the rules the row breaks. */
  public record Result(NormalizedCustomer customer, List<RuleViolation> violations) {

    public boolean valid() {
      return violations.isEmpty();
    }
  }

  /**
   * A custom field definition: code, labels and type name (TEXT, NUMBER, DATE, BOOLEAN, CHOICE,
   * MULTI_CHOICE).
   */
  public record FieldInfo(UUID id, String code, String labelEn, String labelZh, String type) {}

  /** What a business card shows of a customer, for vCard export. */
  public record Card(
      CustomerId id,
      String code,
      CustomerKind kind,
      String name,
      List<String> phones,
      List<String> emails,
      String country,
      String province,
      String city,
      String street,
      String postalCode,
      List<String> tags,
      String note,
      java.time.Instant updatedAt) {}
}
