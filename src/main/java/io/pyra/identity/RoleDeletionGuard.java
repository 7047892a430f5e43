package io.pyra.identity;

import io.pyra.platform.error.RuleViolation;
import java.util.Optional;

/**
 * A module that sets something per role (e.g. a follow-up policy) vetoes deleting a role it still
 * names: a bean of this type answers with the reason, shown to the user, or empty to allow.
 */
public interface RoleDeletionGuard {

  Optional<RuleViolation> refuseDeleting(RoleSummary role);
}
