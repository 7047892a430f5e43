package io.pyra.interaction.web;

import io.pyra.interaction.policy.FollowUpPolicyService;
import io.pyra.interaction.policy.PolicyView;
import io.pyra.interaction.policy.SaveFollowUpPolicy;
import io.pyra.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The follow-up policies over HTTP, one per role and addressed by the role's code: at most {@code
 * maxReturnVisits} return visits to one customer within {@code periodDays} days.
 */
@Tag(name = "Follow-up policies")
@RestController
@RequestMapping("/api/v1/follow-up-policies")
class FollowUpPolicyRestController {

  record PolicyJson(
      String role,
      String roleName,
      int maxReturnVisits,
      int periodDays,
      Instant updatedAt,
      long version) {

    static PolicyJson of(PolicyView v) {
      return new PolicyJson(
          v.role().code(),
          v.role().name(),
          v.maxReturnVisits(),
          v.periodDays(),
          v.updatedAt(),
          v.version());
    }
  }

  record CreatePolicyRequest(
      @Size(max = 40) String role, Integer maxReturnVisits, Integer periodDays) {}

  record PatchPolicyRequest(Integer maxReturnVisits, Integer periodDays) {}

  private final FollowUpPolicyService policies;

  FollowUpPolicyRestController(FollowUpPolicyService policies) {
    this.policies = policies;
  }

  @Operation(summary = "Every follow-up policy")
  @GetMapping
  @PreAuthorize("isAuthenticated()")
  List<PolicyJson> list() {
    return policies.list().stream().map(PolicyJson::of).toList();
  }

  @Operation(summary = "The policy of one role")
  @GetMapping("/{role}")
  @PreAuthorize("isAuthenticated()")
  ResponseEntity<PolicyJson> get(@PathVariable String role) {
    PolicyJson json = PolicyJson.of(policies.get(role));
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  @Operation(summary = "Set a policy for a role that has none")
  @PostMapping
  @PreAuthorize("hasAuthority('interaction.configure')")
  ResponseEntity<PolicyJson> create(@RequestBody CreatePolicyRequest request) {
    PolicyJson json =
        PolicyJson.of(
            policies.create(
                new SaveFollowUpPolicy(
                    request.role(), request.maxReturnVisits(), request.periodDays(), null)));
    return ResponseEntity.created(URI.create("/api/v1/follow-up-policies/" + json.role()))
        .eTag(ETags.of(json.version()))
        .body(json);
  }

  @Operation(summary = "Change the limit of a role (If-Match required)")
  @PatchMapping("/{role}")
  @PreAuthorize("hasAuthority('interaction.configure')")
  ResponseEntity<PolicyJson> patch(
      @PathVariable String role,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PatchPolicyRequest request) {
    PolicyView current = policies.get(role);
    long version = ETags.required(ifMatch, "follow-up policy");
    PolicyJson json =
        PolicyJson.of(
            policies.update(
                role,
                new SaveFollowUpPolicy(
                    role,
                    request.maxReturnVisits() == null
                        ? current.maxReturnVisits()
                        : request.maxReturnVisits(),
                    request.periodDays() == null ? current.periodDays() : request.periodDays(),
                    version)));
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  @Operation(
      summary =
          "Remove the policy of a role (If-Match required): the role's return visits are no longer limited")
  @DeleteMapping("/{role}")
  @PreAuthorize("hasAuthority('interaction.configure')")
  ResponseEntity<Void> delete(
      @PathVariable String role,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    policies.get(role);
    policies.delete(role, ETags.required(ifMatch, "follow-up policy"));
    return ResponseEntity.noContent().build();
  }
}
