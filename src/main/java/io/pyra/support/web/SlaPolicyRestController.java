package io.pyra.support.web;

import io.pyra.platform.validation.InputLimits;
import io.pyra.platform.web.ETags;
import io.pyra.support.policy.SavePolicy;
import io.pyra.support.policy.SlaPolicies;
import io.pyra.support.policy.SlaPolicy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
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
 * The SLA policies over HTTP: per grade × severity × service category (or any), the first-response
 * and resolution targets as ISO-8601 durations of working time. Reading needs {@code case.read} or
 * {@code support.configure}, changing {@code support.configure}; a change names the version it was
 * made on in {@code If-Match}.
 */
@Tag(name = "SLA policies")
@RestController
@RequestMapping("/api/v1/sla-policies")
class SlaPolicyRestController {

  private static final String RECORD = "SLA policy";

  record SlaPolicyJson(
      UUID id,
      @Schema(description = "A, B or C (a customer without a grade counts as C)") String grade,
      @Schema(description = "SERIOUS or MINOR") String severity,
      @Schema(description = "the service category's code; null for any category")
          String serviceCategory,
      @Schema(description = "working time to the first response, ISO-8601", example = "PT2H")
          String firstResponseTarget,
      @Schema(description = "working time to the resolution, ISO-8601", example = "PT27H")
          String resolutionTarget,
      boolean active,
      @Schema(description = "one of the six shipped general policies: changed, never removed")
          boolean shipped,
      long version) {

    static SlaPolicyJson of(SlaPolicy p) {
      return new SlaPolicyJson(
          p.id(),
          p.grade(),
          p.severity(),
          p.serviceCategory(),
          p.firstResponse().toString(),
          p.resolution().toString(),
          p.active(),
          p.shipped(),
          p.version());
    }
  }

  record SlaPolicyRequest(
      @Schema(description = "A, B or C") @Size(max = 10) String grade,
      @Schema(description = "SERIOUS or MINOR") @Size(max = 20) String severity,
      @Schema(description = "a service category's code; null or left out for any category")
          @Size(max = 60)
          String serviceCategory,
      @Schema(description = "ISO-8601 duration of working time, above zero", example = "PT2H")
          @Size(max = 40)
          String firstResponseTarget,
      @Schema(
              description = "ISO-8601 duration of working time, not shorter than the response",
              example = "PT27H")
          @Size(max = 40)
          String resolutionTarget,
      @Schema(description = "true when left out") Boolean active) {

    SavePolicy command(Long version) {
      return new SavePolicy(
          grade, severity, serviceCategory, firstResponseTarget, resolutionTarget, active, version);
    }
  }

  private final SlaPolicies policies;
  private final InputLimits limits;

  SlaPolicyRestController(SlaPolicies policies, InputLimits limits) {
    this.policies = policies;
    this.limits = limits;
  }

  @Operation(summary = "Every SLA policy: grades A to C, serious before minor, general first")
  @GetMapping
  @PreAuthorize("hasAnyAuthority('case.read', 'support.configure')")
  List<SlaPolicyJson> list() {
    return policies.list().stream().map(SlaPolicyJson::of).toList();
  }

  @Operation(summary = "One SLA policy, with its version as the ETag")
  @GetMapping("/{id}")
  @PreAuthorize("hasAnyAuthority('case.read', 'support.configure')")
  ResponseEntity<SlaPolicyJson> get(@PathVariable UUID id) {
    SlaPolicyJson json = SlaPolicyJson.of(policies.get(id));
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  @Operation(
      summary = "Add a policy for a grade, severity and service category that has none",
      description = "needs support.configure")
  @PostMapping
  @PreAuthorize("hasAuthority('support.configure')")
  ResponseEntity<SlaPolicyJson> create(@RequestBody SlaPolicyRequest request) {
    limits.check(request);
    SlaPolicyJson json = SlaPolicyJson.of(policies.create(request.command(null)));
    return ResponseEntity.created(URI.create("/api/v1/sla-policies/" + json.id()))
        .eTag(ETags.of(json.version()))
        .body(json);
  }

  @Operation(
      summary = "Replace a policy (If-Match required)",
      description =
          "every field as when adding it; a shipped general policy keeps its grade, severity and"
              + " category and stays active; a version other than the current one is refused (412)"
              + " and nothing changes; needs support.configure")
  @PutMapping("/{id}")
  @PreAuthorize("hasAuthority('support.configure')")
  ResponseEntity<SlaPolicyJson> replace(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody SlaPolicyRequest request) {
    policies.get(id);
    long version = ETags.required(ifMatch, RECORD);
    limits.check(request);
    SlaPolicyJson json = SlaPolicyJson.of(policies.update(id, request.command(version)));
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  @Operation(
      summary = "Remove a policy of a service category (If-Match required)",
      description =
          "its cases then follow the general policy; a shipped general policy is refused (422);"
              + " needs support.configure")
  @DeleteMapping("/{id}")
  @PreAuthorize("hasAuthority('support.configure')")
  ResponseEntity<Void> delete(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    policies.get(id);
    policies.delete(id, ETags.required(ifMatch, RECORD));
    return ResponseEntity.noContent().build();
  }
}
