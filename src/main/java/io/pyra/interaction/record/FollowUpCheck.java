package io.pyra.interaction.record;

import io.pyra.identity.CurrentUser;
import io.pyra.interaction.link.CustomerLinks;
import io.pyra.interaction.policy.ReturnVisitLimit;
import io.pyra.interaction.type.InteractionTypeService;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Applies the follow-up policy to a return visit being logged: beyond the limit of the author's
 * roles it is refused with the policy named, unless it is overridden with a reason, which the
 * record keeps with who overrode it: the user themselves when their {@code interaction.override}
 * reaches the customer, or a supervisor who has it, confirming with their password on the user's
 * screen.
 */
@Component
class FollowUpCheck {

  static final String OVERRIDE = "interaction.override";
  static final int MAX_REASON = 500;

  private final InteractionTypeService types;
  private final ReturnVisitLimit limit;
  private final CustomerLinks customers;
  private final SupervisorApproval supervisors;
  private final CurrentUser currentUser;

  FollowUpCheck(
      InteractionTypeService types,
      ReturnVisitLimit limit,
      CustomerLinks customers,
      SupervisorApproval supervisors,
      CurrentUser currentUser) {
    this.types = types;
    this.limit = limit;
    this.customers = customers;
    this.supervisors = supervisors;
    this.currentUser = currentUser;
  }

  void apply(
      ContactRecord record,
      RecordDetails details,
      LogContactRecord command,
      UUID excludedRecordId) {
    Set<UUID> returnVisits = types.catalogue().returnVisitIds();
    if (!returnVisits.contains(details.typeId())) {
      return;
    }
    Optional<ReturnVisitLimit.Breach> breach =
        limit.check(
            record.authorId(),
            record.customerId(),
            details.occurredAt(),
            returnVisits,
            excludedRecordId);
    if (breach.isEmpty()) {
      return;
    }
    ReturnVisitLimit.Breach b = breach.get();
    RuleViolation exceeded =
        new RuleViolation(
            null,
            "follow-up-policy",
            "interaction.policy.exceeded",
            b.role().name(),
            b.maxReturnVisits(),
            b.periodDays(),
            b.count());
    PolicyOverride override = command.override();
    if (override == null) {
      throw new BusinessRuleException(List.of(exceeded));
    }
    if (override.supervisor() != null) {
      bySupervisor(record, override, exceeded);
      return;
    }
    if (!customers.reaches(OVERRIDE, record.customerId())) {
      throw new BusinessRuleException(
          "override",
          "not-permitted",
          "interaction.policy.override.forbidden",
          b.role().name(),
          b.maxReturnVisits(),
          b.periodDays(),
          b.count());
    }
    List<RuleViolation> violations = new ArrayList<>();
    String reason = reason(override, violations);
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    record.overridePolicy(currentUser.requireId().value(), reason);
  }

  /**
   * The policy stays named above the form; each broken rule of the override is named by its field.
   */
  private void bySupervisor(ContactRecord record, PolicyOverride override, RuleViolation exceeded) {
    List<RuleViolation> violations = new ArrayList<>();
    violations.add(exceeded);
    String reason = reason(override, violations);
    Optional<UUID> supervisor =
        supervisors.approve(record.customerId(), override.supervisor(), violations);
    if (supervisor.isEmpty() || violations.size() > 1) {
      throw new BusinessRuleException(violations);
    }
    record.overridePolicy(supervisor.get(), reason);
  }

  private static String reason(PolicyOverride override, List<RuleViolation> violations) {
    String reason = override.reason() == null ? "" : override.reason().strip();
    if (reason.isEmpty()) {
      violations.add(
          new RuleViolation(
              "override.reason", "required", "interaction.policy.override.reason-required"));
    } else if (reason.length() > MAX_REASON) {
      violations.add(new RuleViolation("override.reason", "size", "interaction.size", MAX_REASON));
    }
    return reason;
  }
}
