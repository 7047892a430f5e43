package io.pyra.customer;

import io.pyra.customer.directory.CustomerDirectory;
import io.pyra.customer.directory.CustomerFilter;
import io.pyra.customer.directory.CustomerSort;
import io.pyra.customer.profile.CustomerAccess;
import io.pyra.customer.profile.CustomerService;
import io.pyra.customer.profile.SaveCustomer;
import io.pyra.customer.web.CustomerQueryParams;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.platform.EmailAddress;
import io.pyra.platform.SqlTime;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.query.InChunks;
import io.pyra.platform.query.QueryPart;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What other modules may use of the customer module: a customer by id, and whether the current user
 * reaches it, for one customer or (for a write) as a condition the customer module renders. To
 * filter their own lists by who may read the customer, modules apply identity's {@code
 * Visibility.condition("c.owner_id", "c.org_unit_id")} for {@code customer.read} to the customer
 * columns of their statement, so that records linked to customers are seen exactly where the
 * customers are.
 */
@Service
public class CustomerApi {

  /**
   * The record type the audit log files a customer's changes under (its table's name, as for every
   * entity), for a module that logs a change it made to a customer's links (e.g. records moved on a
   * merge).
   */
  public static final String AUDIT_RECORD_TYPE = "customer_customer";

  /** Where customers are written to in Simplified Chinese (see {@link #language}). */
  private static final Set<String> CHINESE_SPEAKING = Set.of("CN", "HK", "MO", "TW");

  /** The longest saved customer filter ({@link #checkFilter}) in characters. */
  public static final int FILTER_MAX = 2000;

  private final CustomerAccess access;
  private final JdbcClient jdbc;
  private final CustomerDirectory directory;
  private final AuditLog audit;

  private final ObjectProvider<CustomerService> service;

  CustomerApi(
      CustomerAccess access,
      JdbcClient jdbc,
      CustomerDirectory directory,
      AuditLog audit,
      ObjectProvider<CustomerService> service) {
    this.access = access;
    this.jdbc = jdbc;
    this.directory = directory;
    this.audit = audit;
    this.service = service;
  }

  /**
   * Checks a customer filter written as the customer list's query parameters ({@code
   * stage=ACTIVE&tag=vip&q=wang}, as on {@code /customers}): a 422 naming {@code filter} when it is
   * longer than {@value #FILTER_MAX}, or naming the parameter that is wrong.
   */
  public void checkFilter(String query) {
    filterOf(query);
  }

  /**
   * The customers matching a filter written as the customer list's query parameters that the
   * current user may read ({@code customer.read}), in the order of their ids after {@code after}
   * ({@code null}: from the first), at most {@code limit} (≤ 1000): an audience a page at a time,
   * with each one's address, phone and consents.
   */
  @Transactional(readOnly = true)
  public List<AudienceMember> audience(String filterQuery, CustomerId after, int limit) {
    List<UUID> ids =
        directory.idsAfter(filterOf(filterQuery), after == null ? null : after.value(), limit);
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, String> emails = new HashMap<>();
    jdbc.sql(
            """
            select customer_id, address from customer_email where customer_id in (:ids)
             order by customer_id, position""")
        .param("ids", ids)
        .query((rs, n) -> emails.putIfAbsent(rs.getObject(1, UUID.class), rs.getString(2)))
        .list();
    Map<UUID, String> phones = new HashMap<>();
    jdbc.sql(
            """
            select customer_id, number from customer_phone where customer_id in (:ids)
             order by customer_id, position""")
        .param("ids", ids)
        .query((rs, n) -> phones.putIfAbsent(rs.getObject(1, UUID.class), rs.getString(2)))
        .list();
    Map<UUID, Set<String>> consents = new HashMap<>();
    jdbc.sql(
            """
            select customer_id, channel from customer_consent
             where customer_id in (:ids) and granted = true""")
        .param("ids", ids)
        .query(
            (rs, n) ->
                consents
                    .computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.HashSet<>())
                    .add(rs.getString(2)))
        .list();
    Map<UUID, AudienceMember> members = new HashMap<>();
    jdbc.sql("select id, name, country from customer_customer where id in (:ids)")
        .param("ids", ids)
        .query(
            (rs, n) -> {
              UUID id = rs.getObject(1, UUID.class);
              Set<String> granted = consents.getOrDefault(id, Set.of());
              return members.put(
                  id,
                  new AudienceMember(
                      new CustomerId(id),
                      rs.getString(2),
                      emails.get(id),
                      phones.get(id),
                      granted.contains(ConsentChannel.EMAIL.name()),
                      granted.contains(ConsentChannel.SMS.name()),
                      languageOf(rs.getString(3), rs.getString(2))));
            })
        .list();
    return ids.stream().map(members::get).filter(m -> m != null).toList();
  }

  /**
   * Records at once that the customer withdrew their consent to {@code channel} (e.g. by a
   * mailing's unsubscribe link), noting {@code source} (≤ 200 characters), and audits it; the
   * customer's version moves on, so that an edit form opened before cannot grant it back unnoticed.
   * False when no live customer has this id.
   */
  @Transactional
  public boolean withdrawConsent(CustomerId id, ConsentChannel channel, String source) {
    int touched =
        jdbc.sql(
                """
                update customer_customer set version = version + 1, updated_at = :now
                 where id = :id and deleted_at is null and merged_into_id is null""")
            .param("id", id.value())
            .param("now", SqlTime.utc(Instant.now()))
            .update();
    if (touched == 0) {
      return false;
    }
    String before =
        jdbc.sql(
                "select granted from customer_consent where customer_id = :id and channel = :channel")
            .param("id", id.value())
            .param("channel", channel.name())
            .query(Boolean.class)
            .optional()
            .map(String::valueOf)
            .orElse(null);
    String note = source == null ? null : source.substring(0, Math.min(200, source.length()));
    int updated =
        jdbc.sql(
                """
                update customer_consent set granted = false, recorded_at = :now, source = :source
                 where customer_id = :id and channel = :channel""")
            .param("id", id.value())
            .param("channel", channel.name())
            .param("now", SqlTime.utc(Instant.now()))
            .param("source", note)
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              insert into customer_consent (customer_id, channel, granted, recorded_at, source)
              values (:id, :channel, false, :now, :source)""")
          .param("id", id.value())
          .param("channel", channel.name())
          .param("now", SqlTime.utc(Instant.now()))
          .param("source", note)
          .update();
    }
    auditWithdrawal(id, channel, before);
    return true;
  }

  private void auditWithdrawal(CustomerId id, ConsentChannel channel, String before) {
    audit.appendByCurrentActor(
        "UPDATE",
        AUDIT_RECORD_TYPE,
        id.value().toString(),
        List.of(new FieldChange("consent." + channel.name(), before, "false")));
  }

  private static CustomerFilter filterOf(String query) {
    if (query == null || query.isBlank()) {
      return CustomerFilter.NONE;
    }
    if (query.length() > FILTER_MAX) {
      throw new BusinessRuleException("filter", "size", "validation.size", "filter", 0, FILTER_MAX);
    }
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    for (String pair : query.strip().replaceFirst("^\\?", "").split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        params.add(name, value);
      } catch (IllegalArgumentException e) {
        throw new BusinessRuleException("filter", "format", "validation.type", "filter");
      }
    }
    return CustomerQueryParams.filter(params);
  }

  /**
   * The customers likely to be the person with this name, E.164 phones and lower-case e-mails (the
   * customer module's matching: the same phone or e-mail, or a similar name), at most 10; one the
   * current user may not read is given without its id, code and name.
   */
  public List<CustomerDuplicate> likelyDuplicates(
      String name, List<String> phones, List<String> emails) {
    return service.getObject().likelyDuplicates(name, phones, emails).stream()
        .map(
            c ->
                new CustomerDuplicate(
                    c.id() == null ? null : new CustomerId(c.id()),
                    c.code(),
                    c.name(),
                    c.reason(),
                    c.orgUnit()))
        .toList();
  }

  /**
   * Records a person customer for the current user, with the customer form's rules (a 422 naming
   * each broken field; likely duplicates refuse it with the customer module's 409 unless {@code
   * duplicateReason} is given), in the caller's transaction.
   */
  public CustomerId createPerson(NewPerson person) {
    List<SaveCustomer.ConsentInput> consents = new ArrayList<>();
    for (ConsentChannel channel : ConsentChannel.values()) {
      consents.add(
          new SaveCustomer.ConsentInput(
              channel.name(), person.consents().contains(channel), person.consentSource()));
    }
    SaveCustomer command =
        new SaveCustomer(
            CustomerKind.PERSON.name(),
            person.name(),
            null,
            UserId.valueOrNull(person.ownerId()),
            person.orgUnitId() == null ? null : person.orgUnitId().value(),
            null,
            person.phones().stream().map(p -> new SaveCustomer.PhoneInput(p, null)).toList(),
            person.emails().stream().map(e -> new SaveCustomer.EmailInput(e, null)).toList(),
            null,
            null,
            null,
            consents,
            null,
            person.duplicateReason(),
            null);
    return new CustomerId(service.getObject().create(command).id());
  }

  /**
   * A condition, for another module's statement, that holds when the customer whose id is the
   * statement's parameter {@code :customerId} is live (neither deleted nor merged) and within the
   * current user's reach for every one of {@code permissions}: a write can check its customer in
   * the same statement instead of reading it first.
   */
  public QueryPart reachableById(String... permissions) {
    QueryPart live =
        QueryPart.of("c.id = :customerId and c.deleted_at is null and c.merged_into_id is null");
    for (String permission : permissions) {
      live = live.and(access.condition(permission));
    }
    return live.wrap("exists (select 1 from customer_customer c where ", ")");
  }

  /** The most customers {@link #suggest} answers. */
  public static final int SUGGESTIONS_MAX = 20;

  /**
   * For a picker: the live customers the current user may read ({@code customer.read}) whose name,
   * code, phone or e-mail matches {@code text} (as the global search), by name, at most {@code
   * limit} (≤ {@value #SUGGESTIONS_MAX}); none for a blank text.
   */
  @Transactional(readOnly = true)
  public List<CustomerRef> suggest(String text, int limit) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return directory
        .search(
            CustomerFilter.text(text.strip()),
            CustomerSort.DEFAULT,
            null,
            Math.clamp(limit, 1, SUGGESTIONS_MAX))
        .items()
        .stream()
        .map(
            row ->
                new CustomerRef(
                    new CustomerId(row.id()),
                    row.code(),
                    row.name(),
                    row.stage() == null ? null : row.stage().name(),
                    UserId.ofNullable(row.ownerId()),
                    OrgUnitId.ofNullable(row.orgUnitId())))
        .toList();
  }

  /** The live (not deleted, not merged away) customer, whoever may see it. */
  public Optional<CustomerRef> find(CustomerId id) {
    if (id == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select id, code, name, stage, owner_id, org_unit_id from customer_customer
             where id = :id and deleted_at is null and merged_into_id is null""")
        .param("id", id.value())
        .query(CustomerApi::ref)
        .optional();
  }

  /**
   * The live ones of these customers, whoever may see them, by id (the others left out): read a
   * chunk of ids a statement ({@link InChunks}).
   */
  public Map<CustomerId, CustomerRef> findAll(Collection<CustomerId> ids) {
    List<UUID> values =
        ids.stream().filter(id -> id != null).map(CustomerId::value).distinct().toList();
    Map<CustomerId, CustomerRef> found = new HashMap<>();
    InChunks.read(
            values,
            chunk ->
                jdbc.sql(
                        """
                        select id, code, name, stage, owner_id, org_unit_id from customer_customer
                         where id in (:ids) and deleted_at is null and merged_into_id is null""")
                    .param("ids", chunk)
                    .query(CustomerApi::ref)
                    .list())
        .forEach(ref -> found.put(ref.id(), ref));
    return found;
  }

  private static CustomerRef ref(ResultSet rs, int row) throws SQLException {
    return new CustomerRef(
        new CustomerId(rs.getObject(1, UUID.class)),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        UserId.ofNullable(rs.getObject(5, UUID.class)),
        OrgUnitId.ofNullable(rs.getObject(6, UUID.class)));
  }

  /** The live customer with this code (in any case), whoever may see it. */
  public Optional<CustomerRef> findByCode(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select id from customer_customer
             where upper(code) = upper(:code) and deleted_at is null and merged_into_id is null""")
        .param("code", code.strip())
        .query((rs, n) -> new CustomerId(rs.getObject(1, UUID.class)))
        .optional()
        .flatMap(this::find);
  }

  /**
   * The live customer with this e-mail address (exactly, in any case), whoever may see it; empty
   * when no live customer, or more than one, has it: a shared address names nobody for sure.
   */
  public Optional<CustomerRef> findByEmail(String address) {
    Optional<EmailAddress> email = EmailAddress.parse(address);
    if (email.isEmpty()) {
      return Optional.empty();
    }
    List<CustomerId> owners =
        jdbc.sql(
                """
                select distinct e.customer_id from customer_email e
                  join customer_customer c on c.id = e.customer_id
                 where e.address = :address and c.deleted_at is null and c.merged_into_id is null
                 limit 2""")
            .param("address", email.get().value())
            .query((rs, n) -> new CustomerId(rs.getObject(1, UUID.class)))
            .list();
    return owners.size() == 1 ? find(owners.get(0)) : Optional.empty();
  }

  /** The customer's first e-mail address (the one listed first), if it has one. */
  public Optional<String> primaryEmail(CustomerId id) {
    return jdbc.sql(
            """
            select address from customer_email where customer_id = :id
             order by position fetch first 1 rows only""")
        .param("id", id.value())
        .query(String.class)
        .optional();
  }

  /** The customer's first phone number (E.164, the one listed first), if it has one. */
  public Optional<String> primaryPhone(CustomerId id) {
    return jdbc.sql(
            """
            select number from customer_phone where customer_id = :id
             order by position fetch first 1 rows only""")
        .param("id", id.value())
        .query(String.class)
        .optional();
  }

  /**
   * The language to write to the customer in: Simplified Chinese for a customer in mainland China,
   * Hong Kong, Macao or Taiwan, or (where no country is known) one whose name is written in Chinese
   * characters; English otherwise. Pyra keeps no language per customer, so their place and name are
   * the best evidence.
   */
  public Locale language(CustomerId id) {
    return jdbc.sql("select country, name from customer_customer where id = :id")
        .param("id", id.value())
        .query((rs, n) -> languageOf(rs.getString(1), rs.getString(2)))
        .optional()
        .orElse(Locale.ENGLISH);
  }

  static Locale languageOf(String country, String name) {
    if (country != null && !country.isBlank()) {
      return CHINESE_SPEAKING.contains(country.strip().toUpperCase(Locale.ROOT))
          ? Locale.SIMPLIFIED_CHINESE
          : Locale.ENGLISH;
    }
    boolean han =
        name != null
            && name.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    return han ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }

  /** The contact persons of a customer, by name. */
  public List<ContactSummary> contacts(CustomerId customerId) {
    return jdbc.sql(
            "select id, name, title from customer_contact where customer_id = :customer order by name, id")
        .param("customer", customerId.value())
        .query(ContactSummary.class)
        .list();
  }

  /** Whether the contact person is one of the customer's. */
  public boolean isContactOf(UUID contactId, CustomerId customerId) {
    return jdbc.sql(
                "select count(*) from customer_contact where id = :id and customer_id = :customer")
            .param("id", contactId)
            .param("customer", customerId.value())
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * Whether the current user's scope for {@code permission} reaches a customer already read with
   * {@link #find}.
   */
  public boolean reaches(String permission, CustomerRef customer) {
    return reaches(access, permission, customer);
  }

  /** Whether the current user's scope for {@code permission} reaches this live customer. */
  public boolean reaches(String permission, CustomerId id) {
    return find(id).filter(c -> reaches(access, permission, c)).isPresent();
  }

  /**
   * Whether the scope of another user ({@code userId}, e.g. a supervisor confirming an action on
   * the current user's screen) for {@code permission} reaches this live customer; false for an
   * unknown or deactivated user.
   */
  public boolean reachesFor(UserId userId, String permission, CustomerId id) {
    return find(id)
        .filter(
            c ->
                access.reachesFor(
                    UserId.valueOrNull(userId),
                    permission,
                    UserId.valueOrNull(c.ownerId()),
                    OrgUnitId.valueOrNull(c.orgUnitId())))
        .isPresent();
  }

  /**
   * The customer for an action of the current user: not found when it does not exist or the user
   * may not even read it; refused (403) when they may read it but {@code permission} does not reach
   * it.
   */
  public CustomerRef require(String permission, CustomerId id) {
    CustomerRef customer = find(id).orElseThrow(() -> new RecordNotFoundException("customer", id));
    if (!reaches(access, "customer.read", customer)) {
      throw new RecordNotFoundException("customer", id);
    }
    if (!reaches(access, permission, customer)) {
      throw new AccessRefusedException(permission + " does not reach customer " + customer.code());
    }
    return customer;
  }

  private static boolean reaches(CustomerAccess access, String permission, CustomerRef customer) {
    return access.reaches(
        permission,
        UserId.valueOrNull(customer.ownerId()),
        OrgUnitId.valueOrNull(customer.orgUnitId()));
  }

  /**
   * Live customers in the order of their codes, the first {@code limit} after {@code afterCode}
   * ({@code null}: from the first): a page for work that goes through the customers in bulk, such
   * as the demo data.
   */
  public List<OwnedCustomer> customersAfter(String afterCode, int limit) {
    return jdbc.sql(
            """
            select id, code, kind, owner_id, org_unit_id from customer_customer
             where deleted_at is null and code > :after order by code limit :limit""")
        .param("after", afterCode == null ? "" : afterCode)
        .param("limit", limit)
        .query(
            (rs, n) ->
                new OwnedCustomer(
                    new CustomerId(rs.getObject(1, UUID.class)),
                    rs.getString(2),
                    CustomerKind.valueOf(rs.getString(3)),
                    new UserId(rs.getObject(4, UUID.class)),
                    new OrgUnitId(rs.getObject(5, UUID.class))))
        .list();
  }

  /** The first {@code limit} live customers of an owner, in the order of their codes. */
  public List<CustomerId> customersOwnedBy(UserId owner, int limit) {
    return jdbc.sql(
            """
            select id from customer_customer where owner_id = :owner and deleted_at is null
             order by code limit :limit""")
        .param("owner", owner.value())
        .param("limit", limit)
        .query((rs, n) -> new CustomerId(rs.getObject(1, UUID.class)))
        .list();
  }

  /** The ids of these customers' contacts, each customer's in the order they were added. */
  public Map<CustomerId, List<UUID>> contactIds(Collection<CustomerId> customers) {
    Map<CustomerId, List<UUID>> contacts = new HashMap<>();
    if (customers.isEmpty()) {
      return contacts;
    }
    List<UUID> ids = customers.stream().map(CustomerId::value).distinct().toList();
    for (int from = 0; from < ids.size(); from += 1000) {
      jdbc.sql(
              """
              select customer_id, id from customer_contact where customer_id in (:customers)
               order by customer_id, created_at, id""")
          .param("customers", ids.subList(from, Math.min(ids.size(), from + 1000)))
          .query(
              (rs, n) ->
                  contacts
                      .computeIfAbsent(
                          new CustomerId(rs.getObject(1, UUID.class)), k -> new ArrayList<>())
                      .add(rs.getObject(2, UUID.class)))
          .list();
    }
    return contacts;
  }
}
