package io.pyra.interaction.link;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerRef;
import io.pyra.identity.CurrentUser;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.query.QueryPart;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The customer a contact record or job links to, as the current user may use it, and the customer's
 * contact persons. A customer the user may not read is treated as unknown.
 */
@Component
public class CustomerLinks {

  /** A contact person of a customer. */
  public record ContactRef(UUID id, String name, String title) {}

  private final CustomerApi customers;
  private final CurrentUser currentUser;

  CustomerLinks(CustomerApi customers, CurrentUser currentUser) {
    this.customers = customers;
    this.currentUser = currentUser;
  }

  /**
   * The customer named in a request body: missing, unknown or invisible is a broken rule on {@code
   * customerId} (422); visible but out of reach of {@code permission} is refused (403).
   */
  public CustomerRef forRequest(UUID customerId, String permission) {
    if (customerId == null) {
      throw new BusinessRuleException("customerId", "required", "interaction.customer.required");
    }
    CustomerRef customer =
        readable(customerId)
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "customerId",
                        "unknown",
                        "interaction.customer.unknown",
                        customerId.toString()));
    if (!customers.reaches(permission, customer)) {
      throw new AccessRefusedException(permission + " does not reach customer " + customer.code());
    }
    return customer;
  }

  /**
   * The customer of a page address: 404 when unknown or invisible, 403 when out of reach of {@code
   * permission}.
   */
  public CustomerRef forPage(UUID customerId, String permission) {
    return customers.require(permission, customerId);
  }

  /** The live customer when the current user may read it. */
  public Optional<CustomerRef> readable(UUID customerId) {
    return customerId == null
        ? Optional.empty()
        : customers.find(customerId).filter(c -> customers.reaches("customer.read", c));
  }

  /** The live customer, or not found (404) when it is gone or the current user may not read it. */
  public CustomerRef requireReadable(UUID customerId, String recordType, Object recordId) {
    return readable(customerId)
        .orElseThrow(() -> new RecordNotFoundException(recordType, recordId));
  }

  /** The rule of who may read which customer, as a condition on the customer aliased {@code c}. */
  public QueryPart readScope() {
    return currentUser.visibility("customer.read").condition("c.owner_id", "c.org_unit_id");
  }

  /**
   * The customer of the statement's {@code :customerId} is live and reached for every one of {@code
   * permissions}.
   */
  public QueryPart reachable(String... permissions) {
    return customers.reachableById(permissions);
  }

  public boolean reaches(String permission, UUID customerId) {
    return customers.reaches(permission, customerId);
  }

  /**
   * Whether another user's (e.g. a supervisor's) scope for {@code permission} reaches the customer.
   */
  public boolean reachesFor(UUID userId, String permission, UUID customerId) {
    return customers.reachesFor(userId, permission, customerId);
  }

  public Optional<CustomerRef> byCode(String code) {
    return customers.findByCode(code).map(CustomerRef::id).flatMap(this::readable);
  }

  public List<ContactRef> contacts(UUID customerId) {
    return customers.contacts(new CustomerId(customerId)).stream()
        .map(c -> new ContactRef(c.id(), c.name(), c.title()))
        .toList();
  }

  public boolean isContactOf(UUID contactId, UUID customerId) {
    return customers.isContactOf(contactId, new CustomerId(customerId));
  }
}
