package io.pyra.interaction.web;

import io.pyra.interaction.value.FollowUpRule;
import io.pyra.interaction.value.FollowUpRules;
import io.pyra.interaction.value.SaveFollowUpRule;
import io.pyra.platform.validation.InputLimits;
import io.pyra.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The follow-up rules over HTTP: per value tier or ABC grade, the most days a customer may go
 * without a contact record before their owner is given a task. Reading needs {@code value.read},
 * changing {@code value.configure}; a change names the version it was made on in {@code If-Match}.
 */
@Tag(name = "Follow-up rules")
@RestController
@RequestMapping("/api/v1/follow-up-rules")
class FollowUpRuleRestController {

  record RuleJson(
      UUID id,
      @Schema(description = "TOP, HIGH, MIDDLE or LOW; null for a rule by grade") String tier,
      @Schema(description = "A, B or C; null for a rule by tier") String grade,
      @Schema(description = "the most days without a contact record, 1 to 730") int maxDays,
      @Schema(description = "days after the job the task is due, 0 to 365") int dueInDays,
      boolean active,
      @Schema(description = "put in the task's notes") String note,
      Instant updatedAt,
      long version) {

    static RuleJson of(FollowUpRule r) {
      return new RuleJson(
          r.id(),
          r.tier(),
          r.grade(),
          r.maxDays(),
          r.dueInDays(),
          r.active(),
          r.note(),
          r.updatedAt(),
          r.version());
    }
  }

  record RuleRequest(
      @Schema(description = "TOP, HIGH, MIDDLE or LOW; give a tier or a grade, not both")
          @Size(max = 40)
          String tier,
      @Schema(description = "A, B or C; give a tier or a grade, not both") @Size(max = 40)
          String grade,
      @Schema(description = "the most days without a contact record, 1 to 730") Integer maxDays,
      @Schema(description = "days after the job the task is due, 0 to 365; 1 when left out")
          Integer dueInDays,
      @Schema(description = "true when left out") Boolean active,
      @Schema(description = "put in the task's notes") @Size(max = FollowUpRules.NOTE_MAX)
          String note) {

    SaveFollowUpRule command(Long version) {
      return new SaveFollowUpRule(tier, grade, maxDays, dueInDays, active, note, version);
    }
  }

  private final FollowUpRules rules;
  private final InputLimits limits;

  FollowUpRuleRestController(FollowUpRules rules, InputLimits limits) {
    this.rules = rules;
    this.limits = limits;
  }

  @Operation(summary = "Every follow-up rule: the tiers' first, then the grades'")
  @GetMapping
  @PreAuthorize("hasAuthority('value.read')")
  List<RuleJson> list() {
    return rules.list().stream().map(RuleJson::of).toList();
  }

  @Operation(summary = "One follow-up rule, with its version as the ETag")
  @GetMapping("/{id}")
  @PreAuthorize("hasAuthority('value.read')")
  ResponseEntity<RuleJson> get(@PathVariable UUID id) {
    RuleJson json = RuleJson.of(rules.get(id));
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  @Operation(
      summary = "Set a rule for a tier or a grade that has none",
      description = "needs value.configure")
  @PostMapping
  @PreAuthorize("hasAuthority('value.configure')")
  ResponseEntity<RuleJson> create(@RequestBody RuleRequest request) {
    limits.check(request);
    RuleJson json = RuleJson.of(rules.create(request.command(null)));
    return ResponseEntity.created(URI.create("/api/v1/follow-up-rules/" + json.id()))
        .eTag(ETags.of(json.version()))
        .body(json);
  }

  @Operation(
      summary = "Replace a rule (If-Match required)",
      description =
          "every field as when setting it; a version other than the current one is refused (412) and"
              + " nothing changes; needs value.configure")
  @PutMapping("/{id}")
  @PreAuthorize("hasAuthority('value.configure')")
  ResponseEntity<RuleJson> replace(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody RuleRequest request) {
    rules.get(id);
    long version = ETags.required(ifMatch, "follow-up rule");
    limits.check(request);
    RuleJson json = RuleJson.of(rules.update(id, request.command(version)));
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  @Operation(
      summary = "Remove a rule (If-Match required)",
      description = "its tier or grade then has no rule; needs value.configure")
  @DeleteMapping("/{id}")
  @PreAuthorize("hasAuthority('value.configure')")
  ResponseEntity<Void> delete(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    rules.get(id);
    rules.delete(id, ETags.required(ifMatch, "follow-up rule"));
    return ResponseEntity.noContent().build();
  }
}
