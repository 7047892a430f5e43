package io.pyra.customer.profile;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerOwnerAsked;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Ask its owner": a user who is told that a customer they may not open looks like the one they are
 * entering asks that customer's owner to look. Nothing is saved of the customer being entered; the
 * owners of the hidden likely duplicates are told (through {@link CustomerOwnerAsked}) and the user
 * learns only how many were asked.
 */
@Service
@Transactional
public class DuplicateOwners {

  private final CustomerService customers;
  private final CustomerValidator validator;
  private final DuplicateFinder duplicates;
  private final CustomerAccess access;
  private final IdentityApi identity;
  private final ApplicationEventPublisher events;

  DuplicateOwners(
      CustomerService customers,
      CustomerValidator validator,
      DuplicateFinder duplicates,
      CustomerAccess access,
      IdentityApi identity,
      ApplicationEventPublisher events) {
    this.customers = customers;
    this.validator = validator;
    this.duplicates = duplicates;
    this.access = access;
    this.identity = identity;
    this.events = events;
  }

  /**
   * Asks the owners of the likely duplicates of {@code command} that the user may not open; {@code
   * self} is the customer being edited ({@code null} for a new one). Returns how many owners were
   * asked (a customer without an owner has nobody to ask).
   */
  public int ask(SaveCustomer command, UUID self) {
    List<RuleViolation> violations = new ArrayList<>();
    Customer existing = self == null ? null : customers.writable(self, "customer.update");
    CustomerDetails details =
        validator.details(command, existing, access.currentUserId(), violations);
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    UUID me = access.currentUserId();
    String myName =
        identity
            .user(new UserId(me))
            .map(UserSummary::displayName)
            .orElse(access.currentUsername());
    int asked = 0;
    for (DuplicateFinder.Match match : duplicates.hidden(details, self)) {
      if (match.ownerId() == null || match.ownerId().equals(me)) {
        continue;
      }
      events.publishEvent(
          new CustomerOwnerAsked(
              new CustomerId(match.id()),
              match.code(),
              match.name(),
              new UserId(match.ownerId()),
              new UserId(me),
              myName,
              match.reason()));
      asked++;
    }
    return asked;
  }
}
