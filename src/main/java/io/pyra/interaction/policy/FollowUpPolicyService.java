package io.pyra.interaction.policy;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The follow-up policies: per role, the most return visits to one customer in a period. */
@Service
@Transactional(readOnly = true)
public class FollowUpPolicyService {

  static final int MAX_PERIOD_DAYS = 366;
  static final int MAX_VISITS = 1000;

  private final FollowUpPolicyRepository policies;
  private final PolicyRoles roles;

  FollowUpPolicyService(FollowUpPolicyRepository policies, PolicyRoles roles) {
    this.policies = policies;
    this.roles = roles;
  }

  public List<PolicyView> list() {
    List<PolicyView> views = new ArrayList<>();
    for (FollowUpPolicy policy : policies.findAll()) {
      roles.byId(policy.roleId()).ifPresent(role -> views.add(view(policy, role)));
    }
    views.sort(
        Comparator.comparing((PolicyView v) -> v.role().name())
            .thenComparing(v -> v.role().code()));
    return views;
  }

  /** Every role, for choosing the one a new policy is for. */
  public List<PolicyRole> roles() {
    return roles.all();
  }

  public Optional<PolicyView> find(String roleCode) {
    return roles
        .byCode(roleCode)
        .flatMap(role -> policies.findByRoleId(role.id()).map(p -> view(p, role)));
  }

  public PolicyView get(String roleCode) {
    return find(roleCode)
        .orElseThrow(() -> new RecordNotFoundException("follow-up policy", roleCode));
  }

  @Transactional
  public PolicyView create(SaveFollowUpPolicy command) {
    List<RuleViolation> violations = new ArrayList<>();
    Optional<PolicyRole> role = roles.byCode(command.role());
    if (command.role() == null || command.role().isBlank()) {
      violations.add(new RuleViolation("role", "required", "interaction.policy.role.required"));
    } else if (role.isEmpty()) {
      violations.add(
          new RuleViolation(
              "role", "unknown", "interaction.policy.role.unknown", command.role().strip()));
    } else if (policies.findByRoleId(role.get().id()).isPresent()) {
      violations.add(
          new RuleViolation("role", "unique", "interaction.policy.role.unique", role.get().name()));
    }
    checkLimits(command, violations);
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    FollowUpPolicy policy = new FollowUpPolicy(role.get().id());
    policy.limit(command.maxReturnVisits(), command.periodDays());
    return view(policies.saveAndFlush(policy), role.get());
  }

  @Transactional
  public PolicyView update(String roleCode, SaveFollowUpPolicy command) {
    PolicyRole role =
        roles
            .byCode(roleCode)
            .orElseThrow(() -> new RecordNotFoundException("follow-up policy", roleCode));
    FollowUpPolicy policy =
        policies
            .findByRoleId(role.id())
            .orElseThrow(() -> new RecordNotFoundException("follow-up policy", roleCode));
    if (command.version() != null && command.version() != policy.version()) {
      throw new StaleVersionException("follow-up policy", command.version(), policy.version());
    }
    List<RuleViolation> violations = new ArrayList<>();
    checkLimits(command, violations);
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    policy.limit(command.maxReturnVisits(), command.periodDays());
    policies.flush();
    return view(policy, role);
  }

  @Transactional
  public void delete(String roleCode, Long version) {
    PolicyRole role =
        roles
            .byCode(roleCode)
            .orElseThrow(() -> new RecordNotFoundException("follow-up policy", roleCode));
    FollowUpPolicy policy =
        policies
            .findByRoleId(role.id())
            .orElseThrow(() -> new RecordNotFoundException("follow-up policy", roleCode));
    if (version != null && version != policy.version()) {
      throw new StaleVersionException("follow-up policy", version, policy.version());
    }
    policies.delete(policy);
    policies.flush();
  }

  private static void checkLimits(SaveFollowUpPolicy command, List<RuleViolation> violations) {
    if (command.maxReturnVisits() == null) {
      violations.add(
          new RuleViolation("maxReturnVisits", "required", "interaction.policy.max.required"));
    } else if (command.maxReturnVisits() < 0 || command.maxReturnVisits() > MAX_VISITS) {
      violations.add(
          new RuleViolation(
              "maxReturnVisits", "range", "interaction.policy.max.range", MAX_VISITS));
    }
    if (command.periodDays() == null) {
      violations.add(
          new RuleViolation("periodDays", "required", "interaction.policy.period.required"));
    } else if (command.periodDays() < 1 || command.periodDays() > MAX_PERIOD_DAYS) {
      violations.add(
          new RuleViolation(
              "periodDays", "range", "interaction.policy.period.range", MAX_PERIOD_DAYS));
    }
  }

  private static PolicyView view(FollowUpPolicy policy, PolicyRole role) {
    return new PolicyView(
        role, policy.maxReturnVisits(), policy.periodDays(), policy.updatedAt(), policy.version());
  }
}
