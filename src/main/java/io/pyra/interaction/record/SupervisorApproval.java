package io.pyra.interaction.record;

import io.pyra.identity.CredentialCheck;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserSummary;
import io.pyra.interaction.link.CustomerLinks;
import io.pyra.platform.error.RuleViolation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A supervisor's "manager key": their username and password, typed on the screen of the user whose
 * return visit the follow-up policy refuses, checked like a sign-in (throttled, audited), and their
 * {@code interaction.override} reaching the customer.
 */
@Component
class SupervisorApproval {

  static final String USERNAME = "override.supervisor.username";
  static final String PASSWORD = "override.supervisor.password";

  private final CredentialCheck credentials;
  private final IdentityApi identity;
  private final CustomerLinks customers;

  SupervisorApproval(CredentialCheck credentials, IdentityApi identity, CustomerLinks customers) {
    this.credentials = credentials;
    this.identity = identity;
    this.customers = customers;
  }

  /**
   * The supervisor who may override the policy for this customer; otherwise why not, added to
   * {@code violations}.
   */
  Optional<UUID> approve(
      UUID customerId,
      PolicyOverride.SupervisorCredentials supervisor,
      List<RuleViolation> violations) {
    String username = supervisor.username() == null ? "" : supervisor.username().strip();
    String password = supervisor.password() == null ? "" : supervisor.password();
    if (username.isEmpty()) {
      violations.add(
          new RuleViolation(
              USERNAME, "required", "interaction.override.supervisor.username.required"));
    }
    if (password.isEmpty()) {
      violations.add(
          new RuleViolation(
              PASSWORD, "required", "interaction.override.supervisor.password.required"));
    }
    if (username.isEmpty() || password.isEmpty()) {
      return Optional.empty();
    }
    CredentialCheck.Result result = credentials.confirm(username, password, FollowUpCheck.OVERRIDE);
    if (!result.confirmed()) {
      violations.add(
          switch (result.refusal()) {
            case THROTTLED ->
                new RuleViolation(
                    PASSWORD,
                    "throttled",
                    "interaction.override.supervisor.throttled",
                    result.minutesLeft());
            case DEACTIVATED ->
                new RuleViolation(
                    USERNAME, "deactivated", "interaction.override.supervisor.deactivated");
            case BAD_CREDENTIALS ->
                new RuleViolation(
                    PASSWORD, "bad-credentials", "interaction.override.supervisor.bad-credentials");
          });
      return Optional.empty();
    }
    UserSummary user = result.user();
    if (!identity.visibility(user.id(), FollowUpCheck.OVERRIDE).granted()) {
      violations.add(
          new RuleViolation(
              USERNAME,
              "not-permitted",
              "interaction.override.supervisor.not-permitted",
              user.displayName()));
      return Optional.empty();
    }
    if (!customers.reachesFor(user.id().value(), FollowUpCheck.OVERRIDE, customerId)) {
      violations.add(
          new RuleViolation(
              USERNAME,
              "out-of-reach",
              "interaction.override.supervisor.out-of-reach",
              user.displayName()));
      return Optional.empty();
    }
    return Optional.of(user.id().value());
  }
}
