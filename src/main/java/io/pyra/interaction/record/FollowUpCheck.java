package io.pyra.interaction.record;

import io.pyra.interaction.link.CustomerLinks;
import io.pyra.interaction.policy.ReturnVisitLimit;
import io.pyra.interaction.type.InteractionTypeService;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.identity.CurrentUser;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Applies the follow-up policy to a return visit being logged: beyond the limit of the author's
 * roles it is refused with the policy named, unless the user may override the policy for this
 * customer and gives a reason, which the record keeps.
 */
@Component
class FollowUpCheck {

  static final String OVERRIDE = "interaction.override";

  private final InteractionTypeService types;
  private final ReturnVisitLimit limit;
  private final CustomerLinks customers;
  private final CurrentUser currentUser;

  FollowUpCheck(InteractionTypeService types, ReturnVisitLimit limit, CustomerLinks customers,
      CurrentUser currentUser) {
    this.types = types;
    this.limit = limit;
    this.customers = customers;
    this.currentUser = currentUser;
  }

  void apply(ContactRecord record, RecordDetails details, LogContactRecord command, UUID excludedRecordId) {
    Set<UUID> returnVisits = types.returnVisitTypeIds();
    if (!returnVisits.contains(details.typeId())) {
      return;
    }
    Optional<ReturnVisitLimit.Breach> breach = limit.check(record.authorId(), record.customerId(),
        details.occurredAt(), returnVisits, excludedRecordId);
    if (breach.isEmpty()) {
      return;
    }
    ReturnVisitLimit.Breach b = breach.get();
    if (!command.override()) {
      throw new BusinessRuleException(null, "follow-up-policy", "interaction.policy.exceeded", b.role().name(),
          b.maxReturnVisits(), b.periodDays(), b.count());
    }
    if (!customers.reaches(OVERRIDE, record.customerId())) {
      throw new BusinessRuleException("override", "not-permitted", "interaction.policy.override.forbidden",
          b.role().name(), b.maxReturnVisits(), b.periodDays(), b.count());
    }
    String reason = command.overrideReason() == null ? "" : command.overrideReason().strip();
    if (reason.isEmpty()) {
      throw new BusinessRuleException("override.reason", "required", "interaction.policy.override.reason-required");
    }
    if (reason.length() > 500) {
      throw new BusinessRuleException("override.reason", "size", "interaction.size", 500);
    }
    record.overridePolicy(currentUser.requireId(), reason);
  }
}
