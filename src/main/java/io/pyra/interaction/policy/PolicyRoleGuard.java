package io.pyra.interaction.policy;

import io.pyra.identity.RoleDeletionGuard;
import io.pyra.identity.RoleSummary;
import io.pyra.platform.error.RuleViolation;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps a role that a follow-up policy is set for: the policy is deleted first. */
@Component
class PolicyRoleGuard implements RoleDeletionGuard {

  private final JdbcClient jdbc;

  PolicyRoleGuard(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<RuleViolation> refuseDeleting(RoleSummary role) {
    long policies =
        jdbc.sql("select count(*) from interaction_follow_up_policy where role_id = ?")
            .param(role.id())
            .query(Long.class)
            .single();
    return policies == 0
        ? Optional.empty()
        : Optional.of(new RuleViolation(null, "has-policy", "role.delete.has-policy", role.name()));
  }
}
