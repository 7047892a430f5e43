package io.pyra.support.web;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.platform.validation.InputLimits;
import io.pyra.platform.web.ETags;
import io.pyra.support.policy.SaveSlaSettings;
import io.pyra.support.policy.SlaSettings;
import io.pyra.support.policy.SlaSettingsService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The settings every SLA policy shares: the warning share, the escalation at a breach and the
 * second level after it, the team a breached case may be reassigned to. Reading needs {@code
 * case.read} or {@code support.configure}, changing {@code support.configure} with {@code
 * If-Match}.
 */
@Tag(name = "SLA policies")
@RestController
@RequestMapping("/api/v1/sla-settings")
class SlaSettingsRestController {

  record SlaSettingsJson(
      @Schema(description = "the assignee is warned at this share of a target, 1 to 99")
          int warningPercent,
      @Schema(description = "whether a breach escalates to the assignee's supervisor")
          boolean escalateOnBreach,
      @Schema(description = "further working time to the second level, ISO-8601", example = "PT4H")
          String secondEscalationAfter,
      @Schema(description = "the code of the org unit a breached case may be reassigned to")
          String breachTeam,
      long version) {}

  record SlaSettingsRequest(
      @Schema(description = "1 to 99") Integer warningPercent,
      @Schema(description = "true when left out") Boolean escalateOnBreach,
      @Schema(description = "ISO-8601 duration of working time", example = "PT4H") @Size(max = 40)
          String secondEscalationAfter,
      @Schema(description = "an org unit's code; null or blank for none") @Size(max = 60)
          String breachTeam) {

    SaveSlaSettings command(long version) {
      return new SaveSlaSettings(
          warningPercent, escalateOnBreach, secondEscalationAfter, breachTeam, version);
    }
  }

  private final SlaSettingsService settings;
  private final IdentityApi identity;
  private final InputLimits limits;

  SlaSettingsRestController(SlaSettingsService settings, IdentityApi identity, InputLimits limits) {
    this.settings = settings;
    this.identity = identity;
    this.limits = limits;
  }

  @Operation(summary = "The SLA settings, with their version as the ETag")
  @GetMapping
  @PreAuthorize("hasAnyAuthority('case.read', 'support.configure')")
  ResponseEntity<SlaSettingsJson> get() {
    SlaSettingsJson json = json(settings.get());
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  @Operation(
      summary = "Replace the SLA settings (If-Match required)",
      description = "needs support.configure")
  @PutMapping
  @PreAuthorize("hasAuthority('support.configure')")
  ResponseEntity<SlaSettingsJson> replace(
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody SlaSettingsRequest request) {
    long version = ETags.required(ifMatch, "SLA settings");
    limits.check(request);
    SlaSettingsJson json = json(settings.update(request.command(version)));
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  private SlaSettingsJson json(SlaSettings s) {
    String team =
        Optional.ofNullable(s.breachTeam())
            .flatMap(identity::orgUnit)
            .map(OrgUnitSummary::code)
            .orElse(null);
    return new SlaSettingsJson(
        s.warningPercent(),
        s.escalateOnBreach(),
        s.secondEscalationAfter().toString(),
        team,
        s.version());
  }
}
