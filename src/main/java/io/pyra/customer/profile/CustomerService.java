package io.pyra.customer.profile;

import io.pyra.customer.CustomerDeletionGuard;
import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerKind;
import io.pyra.platform.audit.AuditEvent;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes customers: every value validated and normalized, visibility
 * enforced, likely duplicates caught before they are saved.
 */
@Service
@Transactional
public class CustomerService {

  private final CustomerRepository customers;
  private final CustomerValidator validator;
  private final DuplicateFinder duplicates;
  private final CustomerCodes codes;
  private final CustomerAccess access;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final List<CustomerDeletionGuard> deletionGuards;

  CustomerService(
      CustomerRepository customers,
      CustomerValidator validator,
      DuplicateFinder duplicates,
      CustomerCodes codes,
      CustomerAccess access,
      AuditLog audit,
      JdbcClient jdbc,
      List<CustomerDeletionGuard> deletionGuards) {
    this.deletionGuards = List.copyOf(deletionGuards);
    this.customers = customers;
    this.validator = validator;
    this.duplicates = duplicates;
    this.codes = codes;
    this.access = access;
    this.audit = audit;
    this.jdbc = jdbc;
  }

  /**
   * The customer, when the current user may see it; 404 otherwise. Merged codes resolve to the
   * survivor.
   */
  @Transactional(readOnly = true)
  public Customer get(UUID id) {
    Customer customer =
        customers
            .findById(id)
            .filter(c -> !c.isDeleted() || c.mergedIntoId() != null)
            .orElseThrow(() -> new RecordNotFoundException("customer", id));
    if (customer.mergedIntoId() != null) {
      return get(customer.mergedIntoId());
    }
    if (!access.reaches("customer.read", customer.ownerId(), customer.orgUnitId())) {
      throw new RecordNotFoundException("customer", id);
    }
    return customer;
  }

  @Transactional(readOnly = true)
  public Optional<Customer> byCode(String code) {
    return customers
        .findByCode(code == null ? "" : code.strip())
        .map(c -> c.mergedIntoId() != null ? customers.findById(c.mergedIntoId()).orElse(c) : c)
        .filter(c -> !c.isDeleted())
        .filter(c -> access.reaches("customer.read", c.ownerId(), c.orgUnitId()));
  }

  public Customer create(SaveCustomer command) {
    List<RuleViolation> violations = new ArrayList<>();
    Optional<CustomerKind> kind = validator.kind(command.kind(), violations);
    CustomerDetails details = validator.details(command, null, access.currentUserId(), violations);
    throwIfAny(violations);
    if (!access.reaches("customer.create", details.ownerId(), details.orgUnitId())) {
      throw new io.pyra.platform.error.AccessRefusedException(
          "customer.create does not reach the owner's unit");
    }
    checkDuplicates(details, null, command.duplicateReason());
    Customer customer = new Customer(codes.next(), kind.orElseThrow());
    customer.describe(details);
    customer = customers.saveAndFlush(customer);
    recordDuplicateReason(customer, command.duplicateReason());
    return customer;
  }

  public Customer update(UUID id, SaveCustomer command) {
    Customer customer = writable(id, "customer.update");
    if (command.version() != null && command.version() != customer.version()) {
      throw new StaleVersionException("customer", command.version(), customer.version());
    }
    List<RuleViolation> violations = new ArrayList<>();
    if (command.kind() != null
        && !command.kind().isBlank()
        && !command.kind().strip().equalsIgnoreCase(customer.kind().name())) {
      violations.add(new RuleViolation("kind", "immutable", "customer.kind.immutable"));
    }
    CustomerDetails details =
        validator.details(command, customer, access.currentUserId(), violations);
    throwIfAny(violations);
    if (!access.reaches("customer.update", details.ownerId(), details.orgUnitId())) {
      throw new io.pyra.platform.error.AccessRefusedException(
          "customer.update does not reach the new owner's unit");
    }
    checkDuplicates(details, customer.id(), command.duplicateReason());
    customer.describe(details);
    customers.flush();
    recordDuplicateReason(customer, command.duplicateReason());
    return customer;
  }

  /**
   * The likely duplicates of a customer as entered, under the same visibility rules as the warning
   * of {@link #create} and {@link #update}; saves nothing. {@code self} is the customer being
   * edited ({@code null} for a new one).
   */
  @Transactional(readOnly = true)
  public List<DuplicateCandidate> duplicates(SaveCustomer command, UUID self) {
    List<RuleViolation> violations = new ArrayList<>();
    Customer existing = self == null ? null : writable(self, "customer.update");
    CustomerDetails details =
        validator.details(command, existing, access.currentUserId(), violations);
    throwIfAny(violations);
    return duplicates.find(details, self);
  }

  /**
   * The likely duplicates of a person known by a name, E.164 phones and lower-case e-mails (a lead
   * of the marketing module), under the same visibility rules as {@link #duplicates}.
   */
  @Transactional(readOnly = true)
  public List<DuplicateCandidate> likelyDuplicates(
      String name, List<String> phones, List<String> emails) {
    return duplicates.find(name, phones, emails);
  }

  /** Soft delete; refused while the customer has orders (later modules register theirs). */
  public void delete(UUID id, Long version) {
    Customer customer = writable(id, "customer.delete");
    if (version != null && version != customer.version()) {
      throw new StaleVersionException("customer", version, customer.version());
    }
    List<RuleViolation> refusals =
        deletionGuards.stream()
            .map(guard -> guard.refuseDeleting(new CustomerId(customer.id())))
            .flatMap(Optional::stream)
            .toList();
    throwIfAny(refusals);
    customer.delete();
    customers.flush();
    audit.append(
        new AuditEvent(
            "DELETE",
            "customer_customer",
            customer.id().toString(),
            access.currentUserId(),
            access.currentUsername(),
            List.of(new FieldChange("code", customer.code(), null))));
  }

  /** The customer for a change: 404 when it does not exist, 403 when outside the user's reach. */
  public Customer writable(UUID id, String permission) {
    Customer customer =
        customers
            .findById(id)
            .filter(c -> !c.isDeleted())
            .orElseThrow(() -> new RecordNotFoundException("customer", id));
    access.require(permission, customer);
    return customer;
  }

  private void checkDuplicates(CustomerDetails details, UUID self, String reason) {
    if (reason != null && !reason.isBlank()) {
      return;
    }
    List<DuplicateCandidate> found = duplicates.find(details, self);
    if (!found.isEmpty()) {
      throw new DuplicateCustomerException(found);
    }
  }

  private void recordDuplicateReason(Customer customer, String reason) {
    if (reason != null && !reason.isBlank()) {
      audit.append(
          new AuditEvent(
              "SAVED_DESPITE_DUPLICATES",
              "customer_customer",
              customer.id().toString(),
              access.currentUserId(),
              access.currentUsername(),
              List.of(new FieldChange("reason", null, reason.strip()))));
    }
  }

  private static void throwIfAny(List<RuleViolation> violations) {
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
  }
}
