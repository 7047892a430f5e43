package io.pyra.customer.importing;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerImportApi;
import io.pyra.customer.CustomerImportApi.CustomerChange;
import io.pyra.customer.CustomerImportApi.ImportRun;
import io.pyra.customer.CustomerImportApi.Match;
import io.pyra.customer.CustomerImportApi.MatchKeys;
import io.pyra.customer.CustomerImportApi.StoredCustomer;
import io.pyra.customer.CustomerImportApi.WrittenCustomer;
import io.pyra.customer.NormalizedCustomer;
import io.pyra.customer.profile.CustomerCodes;
import io.pyra.platform.Ids;
import io.pyra.platform.audit.AuditEvent;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The customer import's side in the customer module: which stored customers a chunk's rows name,
 * and the chunk's writes with their audit record.
 */
@Component
public class ImportedCustomers {

  private final StoredCustomers stored;
  private final BulkCustomerSql bulk;
  private final CustomerCodes codes;
  private final AuditLog audit;

  ImportedCustomers(
      StoredCustomers stored, BulkCustomerSql bulk, CustomerCodes codes, AuditLog audit) {
    this.stored = stored;
    this.bulk = bulk;
    this.codes = codes;
    this.audit = audit;
  }

  public List<Optional<Match>> match(List<MatchKeys> rows) {
    Map<String, UUID> byCode =
        stored.byCode(
            rows.stream().filter(ImportedCustomers::hasCode).map(r -> r.code().strip()).toList());
    // a row with a code is matched by its code only, one without by e-mail, then phone: each lookup
    // asks only for the keys of the rows the earlier ones left unmatched
    Map<String, UUID> byEmail =
        stored.byEmail(
            rows.stream().filter(r -> !hasCode(r)).flatMap(r -> r.emails().stream()).toList());
    Map<String, UUID> byPhone =
        stored.byPhone(
            rows.stream()
                .filter(r -> !hasCode(r) && r.emails().stream().noneMatch(byEmail::containsKey))
                .flatMap(r -> r.phones().stream())
                .toList());
    List<UUID> ids = new ArrayList<>(rows.size());
    List<String> keys = new ArrayList<>(rows.size());
    for (MatchKeys row : rows) {
      UUID id = null;
      String key = null;
      if (hasCode(row)) {
        id = byCode.get(row.code().strip());
        key = "code";
      } else {
        id = first(row.emails(), byEmail);
        key = "email";
        if (id == null) {
          id = first(row.phones(), byPhone);
          key = "phone";
        }
      }
      ids.add(id);
      keys.add(key);
    }
    Map<UUID, StoredCustomer> loaded =
        stored.load(ids.stream().filter(java.util.Objects::nonNull).toList());
    List<Optional<Match>> matches = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      StoredCustomer customer = ids.get(i) == null ? null : loaded.get(ids.get(i));
      matches.add(
          customer == null ? Optional.empty() : Optional.of(new Match(customer, keys.get(i))));
    }
    return matches;
  }

  public List<WrittenCustomer> write(
      List<NormalizedCustomer> creates, List<CustomerChange> changes, ImportRun run) {
    List<Long> numbers = bulk.codeNumbers(creates.size());
    List<BulkCustomerSql.NewCustomer> coded = new ArrayList<>(creates.size());
    for (int i = 0; i < creates.size(); i++) {
      coded.add(
          new BulkCustomerSql.NewCustomer(
              Ids.newId(), codes.format(numbers.get(i)), creates.get(i)));
    }
    List<BulkCustomerSql.ChangedCustomer> updates = new ArrayList<>(changes.size());
    for (CustomerChange change : changes) {
      NormalizedCustomer s = change.stored().customer();
      NormalizedCustomer c = change.customer();
      updates.add(
          new BulkCustomerSql.ChangedCustomer(
              change.stored().id().value(),
              change.stored().version(),
              !Objects.equals(s.name(), c.name()) || !Objects.equals(s.nameKey(), c.nameKey()),
              c,
              s.phones().size(),
              s.emails().size(),
              c.phones().stream().filter(x -> !s.phones().contains(x)).toList(),
              c.emails().stream().filter(x -> !s.emails().contains(x)).toList(),
              c.tags().stream().filter(x -> !s.tags().contains(x)).toList()));
    }
    bulk.insert(coded);
    bulk.update(updates);
    if (!coded.isEmpty() || !updates.isEmpty()) {
      audit.append(
          new AuditEvent(
              "IMPORT",
              "customer_customer",
              run.importId().toString(),
              run.actor().value(),
              run.actorName(),
              List.of(
                  new FieldChange(
                      "created",
                      null,
                      coded.stream().map(n -> n.id().toString()).collect(Collectors.joining(","))),
                  new FieldChange(
                      "updated",
                      null,
                      updates.stream()
                          .map(u -> u.id().toString())
                          .collect(Collectors.joining(","))))));
    }
    List<WrittenCustomer> written = new ArrayList<>(coded.size() + updates.size());
    coded.forEach(
        n ->
            written.add(
                new WrittenCustomer(
                    new CustomerId(n.id()), n.code(), n.c().emails(), n.c().phones())));
    updates.forEach(
        u ->
            written.add(
                new WrittenCustomer(new CustomerId(u.id()), null, u.c().emails(), u.c().phones())));
    return written;
  }

  public List<WrittenCustomer> createCoded(
      List<CustomerImportApi.CodedCustomer> creates, ImportRun run) {
    List<BulkCustomerSql.NewCustomer> coded = new ArrayList<>(creates.size());
    for (CustomerImportApi.CodedCustomer create : creates) {
      coded.add(new BulkCustomerSql.NewCustomer(Ids.newId(), create.code(), create.customer()));
    }
    bulk.insert(coded);
    if (!coded.isEmpty()) {
      audit.append(
          new AuditEvent(
              "IMPORT",
              "customer_customer",
              run.importId().toString(),
              run.actor().value(),
              run.actorName(),
              List.of(
                  new FieldChange(
                      "created",
                      null,
                      coded.stream()
                          .map(n -> n.id().toString())
                          .collect(Collectors.joining(","))))));
    }
    return coded.stream()
        .map(
            n ->
                new WrittenCustomer(
                    new CustomerId(n.id()), n.code(), n.c().emails(), n.c().phones()))
        .toList();
  }

  private static boolean hasCode(MatchKeys row) {
    return row.code() != null && !row.code().isBlank();
  }

  private static UUID first(List<String> keys, Map<String, UUID> holders) {
    for (String key : keys) {
      UUID id = holders.get(key);
      if (id != null) {
        return id;
      }
    }
    return null;
  }
}
