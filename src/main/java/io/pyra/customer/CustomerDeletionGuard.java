package io.pyra.customer;

import io.pyra.platform.error.RuleViolation;
import java.util.Optional;

/**
 * A module that links records to customers (orders, contracts …) vetoes deleting a customer that
 * still has them: a bean of this type answers with the reason, shown to the user, or empty to
 * allow.
 */
public interface CustomerDeletionGuard {

  Optional<RuleViolation> refuseDeleting(CustomerId customer);
}
