package io.pyra.customer.profile;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomersMerged;
import io.pyra.identity.UserId;
import io.pyra.platform.audit.AuditEvent;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes two customer records one: the survivor takes the chosen values, the merged record's
 * contacts, and everything other modules link to it (through {@link CustomersMerged}); the merged
 * record is soft-deleted and points at the survivor, so its id and code keep resolving.
 */
@Service
@Transactional
public class CustomerMerger {

  private final CustomerService customers;
  private final CustomerRepository repository;
  private final CustomerAccess access;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;

  CustomerMerger(
      CustomerService customers,
      CustomerRepository repository,
      CustomerAccess access,
      AuditLog audit,
      ApplicationEventPublisher events,
      JdbcClient jdbc) {
    this.customers = customers;
    this.repository = repository;
    this.access = access;
    this.audit = audit;
    this.events = events;
    this.jdbc = jdbc;
  }

  public Customer merge(MergeCustomers command) {
    Map<String, String> choices = choices(command);
    if (command.mergedId() == null || command.mergedId().equals(command.survivorId())) {
      throw new BusinessRuleException("mergedId", "different", "customer.merge.same");
    }
    Customer survivor = customers.writable(command.survivorId(), "customer.merge");
    Customer merged = customers.writable(command.mergedId(), "customer.merge");
    check(command.survivorVersion(), survivor);
    check(command.mergedVersion(), merged);

    Map<String, String> before = describe(survivor);
    survivor.describe(
        new CustomerDetails(
            pick(choices, "name", survivor, merged, Customer::name),
            pick(choices, "stage", survivor, merged, Customer::stage),
            pick(choices, "owner", survivor, merged, Customer::ownerId),
            pick(choices, "orgUnit", survivor, merged, Customer::orgUnitId),
            pick(choices, "sector", survivor, merged, Customer::sectorId),
            pick(choices, "address", survivor, merged, Customer::address),
            pick(choices, "profile", survivor, merged, Customer::profile),
            combine(choices, "phones", survivor.phones(), merged.phones(), Phone::number),
            combine(choices, "emails", survivor.emails(), merged.emails(), Email::address),
            new LinkedHashSet<>(
                combine(
                    choices,
                    "tags",
                    List.copyOf(survivor.tags()),
                    List.copyOf(merged.tags()),
                    t -> t.toLowerCase(Locale.ROOT))),
            pick(choices, "consents", survivor, merged, Customer::consents),
            fieldValues(choices.get("customFields"), survivor, merged)));
    merged.mergeInto(survivor.id());
    repository.flush();

    int contacts =
        jdbc.sql("update customer_contact set customer_id = :survivor where customer_id = :merged")
            .param("survivor", survivor.id())
            .param("merged", merged.id())
            .update();
    jdbc.sql(
            "update customer_customer set merged_into_id = :survivor where merged_into_id = :merged")
        .param("survivor", survivor.id())
        .param("merged", merged.id())
        .update();

    List<FieldChange> changes = new ArrayList<>();
    changes.add(new FieldChange("mergedId", null, merged.id().toString()));
    changes.add(new FieldChange("mergedCode", null, merged.code()));
    changes.add(new FieldChange("contactsMoved", null, String.valueOf(contacts)));
    Map<String, String> after = describe(survivor);
    after.forEach(
        (field, value) -> {
          if (!value.equals(before.get(field))) {
            changes.add(new FieldChange(field, before.get(field), value));
          }
        });
    audit.append(
        new AuditEvent(
            "MERGE",
            "customer_customer",
            survivor.id().toString(),
            access.currentUserId(),
            access.currentUsername(),
            changes));
    events.publishEvent(
        new CustomersMerged(
            new CustomerId(survivor.id()),
            new CustomerId(merged.id()),
            merged.code(),
            new UserId(access.currentUserId())));
    return survivor;
  }

  private static Map<String, String> choices(MergeCustomers command) {
    Map<String, String> choices = new HashMap<>();
    List<RuleViolation> violations = new ArrayList<>();
    if (command.fields() != null) {
      command
          .fields()
          .forEach(
              (field, choice) -> {
                String value =
                    choice == null ? "survivor" : choice.strip().toLowerCase(Locale.ROOT);
                if (!MergeCustomers.FIELDS.contains(field)) {
                  violations.add(
                      new RuleViolation(
                          "fields." + field, "unknown-field", "validation.unknown-field", field));
                } else if (!value.equals("survivor")
                    && !value.equals("merged")
                    && !(value.equals("both") && MergeCustomers.COMBINABLE.contains(field))) {
                  violations.add(
                      new RuleViolation(
                          "fields." + field, "one-of", "customer.merge.choice", field, choice));
                } else {
                  choices.put(field, value);
                }
              });
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return choices;
  }

  private static void check(Long version, Customer customer) {
    if (version != null && version != customer.version()) {
      throw new StaleVersionException("customer", version, customer.version());
    }
  }

  private static <T> T pick(
      Map<String, String> choices,
      String field,
      Customer survivor,
      Customer merged,
      Function<Customer, T> value) {
    return "merged".equals(choices.get(field)) ? value.apply(merged) : value.apply(survivor);
  }

  /** Lists default to both records' entries (the survivor's first), without repeats. */
  private static <T> List<T> combine(
      Map<String, String> choices,
      String field,
      List<T> survivor,
      List<T> merged,
      Function<T, String> key) {
    String choice = choices.getOrDefault(field, "both");
    if (choice.equals("survivor")) {
      return survivor;
    }
    if (choice.equals("merged")) {
      return merged;
    }
    Map<String, T> all = new LinkedHashMap<>();
    survivor.forEach(v -> all.putIfAbsent(key.apply(v), v));
    merged.forEach(v -> all.putIfAbsent(key.apply(v), v));
    return new ArrayList<>(all.values());
  }

  /**
   * Custom fields: by default the survivor's values, with the merged record's filling fields left
   * empty.
   */
  private static Set<FieldValue> fieldValues(String choice, Customer survivor, Customer merged) {
    if ("survivor".equals(choice)) {
      return survivor.fieldValues();
    }
    if ("merged".equals(choice)) {
      return merged.fieldValues();
    }
    Set<FieldValue> values = new java.util.HashSet<>(survivor.fieldValues());
    Set<UUID> filled = new java.util.HashSet<>();
    survivor.fieldValues().forEach(v -> filled.add(v.fieldId()));
    merged.fieldValues().stream().filter(v -> !filled.contains(v.fieldId())).forEach(values::add);
    return values;
  }

  private static Map<String, String> describe(Customer c) {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("name", String.valueOf(c.name()));
    d.put("stage", String.valueOf(c.stage()));
    d.put("ownerId", String.valueOf(c.ownerId()));
    d.put("orgUnitId", String.valueOf(c.orgUnitId()));
    d.put("sectorId", String.valueOf(c.sectorId()));
    d.put("phones", c.phones().stream().map(Phone::number).toList().toString());
    d.put("emails", c.emails().stream().map(Email::address).toList().toString());
    d.put("tags", new java.util.TreeSet<>(c.tags()).toString());
    return d;
  }
}
