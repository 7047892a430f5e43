package io.pyra.customer.profile;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerImportApi;
import io.pyra.customer.CustomerKind;
import io.pyra.customer.ImportCustomerInput;
import io.pyra.customer.NormalizedCustomer;
import io.pyra.customer.field.CustomFieldService;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The bridge behind {@link CustomerImportApi}: the form's validator applied to an import row. */
@Component
public class ImportNormalization {

  private final CustomerValidator validator;
  private final CustomerCodes codes;
  private final CustomerAccess access;
  private final CustomFieldService fields;
  private final CustomerService customers;

  private final TransactionTemplate readOnly;

  ImportNormalization(
      CustomerValidator validator,
      CustomerCodes codes,
      CustomerAccess access,
      CustomFieldService fields,
      CustomerService customers,
      PlatformTransactionManager transactions) {
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.validator = validator;
    this.codes = codes;
    this.access = access;
    this.fields = fields;
    this.customers = customers;
  }

  public CustomerImportApi.Result normalize(ImportCustomerInput in, UUID actingUserId) {
    return normalize(in, actingUserId, null);
  }

  /** A run of many rows: owners, units, sectors and field definitions looked up once each. */
  public Batch batch() {
    return new Batch(validator.cachedLookups());
  }

  /** Normalization and reach checks for the rows of one import, sharing its cached lookups. */
  public final class Batch {

    private final CustomerLookups lookups;

    private Batch(CustomerLookups lookups) {
      this.lookups = lookups;
    }

    public CustomerImportApi.Result normalize(ImportCustomerInput in, UUID actingUserId) {
      return ImportNormalization.this.normalize(in, actingUserId, lookups);
    }

    public boolean reaches(String permission, UUID ownerId, UUID orgUnitId) {
      return access.reaches(permission, ownerId, orgUnitId, lookups::orgUnit);
    }
  }

  private CustomerImportApi.Result normalize(
      ImportCustomerInput in, UUID actingUserId, CustomerLookups lookups) {
    List<RuleViolation> violations = new ArrayList<>();
    Optional<CustomerKind> kind = validator.kind(in.kind(), violations);
    SaveCustomer command =
        new SaveCustomer(
            in.kind(),
            in.name(),
            in.stage(),
            UserId.valueOrNull(in.ownerId()),
            OrgUnitId.valueOrNull(in.orgUnitId()),
            in.sector(),
            in.phones() == null
                ? List.of()
                : in.phones().stream().map(p -> new SaveCustomer.PhoneInput(p, null)).toList(),
            in.emails() == null
                ? List.of()
                : in.emails().stream().map(e -> new SaveCustomer.EmailInput(e, null)).toList(),
            new Address(in.country(), in.province(), in.city(), in.street(), in.postalCode()),
            new Profile(
                in.education(),
                in.interests(),
                in.industry(),
                in.employeeCount(),
                in.coreCompetencies(),
                in.competitors(),
                in.background()),
            in.tags(),
            null,
            in.customFields(),
            null,
            null);
    CustomerDetails d =
        lookups == null
            ? validator.details(command, null, actingUserId, violations)
            : validator.details(command, null, actingUserId, violations, lookups);
    if (!violations.isEmpty() || kind.isEmpty()) {
      return new CustomerImportApi.Result(null, List.copyOf(violations));
    }
    Set<NormalizedCustomer.Value> values =
        d.fieldValues().stream()
            .map(
                v ->
                    new NormalizedCustomer.Value(
                        v.fieldId(), v.position(), v.text(), v.number(), v.date(), v.bool()))
            .collect(Collectors.toSet());
    NormalizedCustomer customer =
        new NormalizedCustomer(
            kind.get(),
            d.name(),
            NameKey.of(d.name()),
            d.stage(),
            UserId.ofNullable(d.ownerId()),
            OrgUnitId.ofNullable(d.orgUnitId()),
            d.sectorId(),
            d.address().country(),
            d.address().province(),
            d.address().city(),
            d.address().street(),
            d.address().postalCode(),
            d.profile().education(),
            d.profile().interests(),
            d.profile().industry(),
            d.profile().employeeCount(),
            d.profile().coreCompetencies(),
            d.profile().competitors(),
            d.profile().background(),
            d.phones().stream().map(Phone::number).toList(),
            d.emails().stream().map(Email::address).toList(),
            new LinkedHashSet<>(d.tags()),
            values);
    return new CustomerImportApi.Result(customer, List.of());
  }

  public boolean reaches(String permission, UUID ownerId, UUID orgUnitId) {
    return access.reaches(permission, ownerId, orgUnitId);
  }

  public List<CustomerImportApi.FieldInfo> customFields() {
    return fields.all().stream()
        .map(
            f ->
                new CustomerImportApi.FieldInfo(
                    f.id(), f.code(), f.labelEn(), f.labelZh(), f.type().name()))
        .toList();
  }

  public Optional<CustomerImportApi.Card> card(UUID id) {
    try {
      return Optional.ofNullable(readOnly.execute(status -> toCard(customers.get(id))));
    } catch (RecordNotFoundException e) {
      return Optional.empty();
    }
  }

  private static CustomerImportApi.Card toCard(Customer c) {
    {
      return new CustomerImportApi.Card(
          new CustomerId(c.id()),
          c.code(),
          c.kind(),
          c.name(),
          c.phones().stream().map(Phone::number).toList(),
          c.emails().stream().map(Email::address).toList(),
          c.address().country(),
          c.address().province(),
          c.address().city(),
          c.address().street(),
          c.address().postalCode(),
          c.tags().stream().sorted().toList(),
          c.profile().background(),
          c.updatedAt());
    }
  }
}
