package io.pyra.identity;

import io.pyra.platform.error.RuleViolation;
import java.util.Optional;

/**
 * A module that files its records under org units (customers, contact records …) vetoes deleting a
 * unit they still name: a bean of this type answers with the reason, shown to the user, or empty to
 * allow. No foreign key runs between modules, so this is what keeps their links whole.
 */
public interface OrgUnitDeletionGuard {

  Optional<RuleViolation> refuseDeleting(OrgUnitSummary unit);
}
