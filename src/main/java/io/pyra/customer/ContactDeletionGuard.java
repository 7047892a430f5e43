package io.pyra.customer;

import io.pyra.platform.error.RuleViolation;
import java.util.Optional;

/**
 * A module that names a customer's contact persons on its records (contact records …) vetoes
 * deleting a contact they still name: a bean of this type answers with the reason, shown to the
 * user, or empty to allow.
 */
public interface ContactDeletionGuard {

  Optional<RuleViolation> refuseDeleting(ContactSummary contact);
}
