package io.pyra.scheduling.web;

import io.pyra.platform.web.ETags;
import io.pyra.scheduling.handoff.HandoffRun;
import io.pyra.scheduling.handoff.HandoffRuns;
import io.pyra.scheduling.handoff.HandoffTarget;
import io.pyra.scheduling.handoff.HandoffTargets;
import io.pyra.scheduling.handoff.SaveHandoffTarget;
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
 * Hand-off targets over the API (for {@code handoff.manage}): list, read, add, change and remove
 * with {@code If-Match}; a target's runs, and a run now ({@code POST .../runs} with the target's
 * ETag). The bearer token is written, never read back: {@code bearerTokenSet} says there is one.
 */
@Tag(name = "Scheduling hand-off")
@RestController
@RequestMapping("/api/v1/scheduling/handoff-targets")
@PreAuthorize("hasAuthority('handoff.manage')")
class HandoffRestController {

  /**
   * A target as a client sends it. {@code kind} FOLDER (an absolute path of a writable directory on
   * the server) or HTTP (an http or https URL the files are posted to); {@code bearerToken} (HTTP
   * only): absent keeps the stored one, "" removes it; {@code formats} ICS, CSV or BOTH; {@code
   * horizonDays} 1–90; {@code scheduleKind} MINUTES (every 5–720), HOURS (every 1–24) or DAILY (at
   * {@code dailyAt}, HH:mm in the company's time zone).
   */
  record TargetRequest(
      @Size(max = 200) String name,
      UUID orgUnitId,
      @Schema(example = "FOLDER") @Size(max = 6) String kind,
      @Size(max = 500) String folder,
      @Size(max = 500) String url,
      @Size(max = 500) String bearerToken,
      @Schema(example = "BOTH") @Size(max = 4) String formats,
      Integer horizonDays,
      @Schema(example = "DAILY") @Size(max = 7) String scheduleKind,
      Integer scheduleEvery,
      @Schema(example = "06:00") @Size(max = 5) String dailyAt,
      Boolean active) {

    SaveHandoffTarget command() {
      return new SaveHandoffTarget(
          name,
          orgUnitId,
          kind,
          folder,
          url,
          bearerToken,
          formats,
          horizonDays,
          scheduleKind,
          scheduleEvery,
          dailyAt,
          active);
    }
  }

  record TargetJson(
      UUID id,
      String name,
      UUID orgUnitId,
      String orgUnitName,
      String kind,
      String folder,
      String url,
      boolean bearerTokenSet,
      String formats,
      int horizonDays,
      String scheduleKind,
      Integer scheduleEvery,
      String dailyAt,
      boolean active,
      Instant nextRunAt,
      long version) {

    static TargetJson of(HandoffTarget t) {
      return new TargetJson(
          t.id(),
          t.name(),
          t.orgUnitId(),
          t.orgUnitName(),
          t.kind(),
          t.folder(),
          t.url(),
          t.tokenSet(),
          t.formats(),
          t.horizonDays(),
          t.scheduleKind(),
          t.scheduleEvery(),
          t.dailyAt(),
          t.active(),
          t.nextRunAt(),
          t.version());
    }
  }

  record TargetList(List<TargetJson> items) {}

  record RunList(List<HandoffRun> items) {}

  private final HandoffTargets targets;
  private final HandoffRuns runs;

  HandoffRestController(HandoffTargets targets, HandoffRuns runs) {
    this.targets = targets;
    this.runs = runs;
  }

  @Operation(summary = "List the hand-off targets in your reach, by name (at most 200)")
  @GetMapping
  TargetList list() {
    return new TargetList(targets.list().stream().map(TargetJson::of).toList());
  }

  @Operation(summary = "Read one hand-off target")
  @GetMapping("/{id}")
  ResponseEntity<TargetJson> get(@PathVariable UUID id) {
    return current(targets.get(id));
  }

  @Operation(summary = "Add a hand-off target; a wrong value is a 422 naming the field")
  @PostMapping
  ResponseEntity<TargetJson> create(@RequestBody TargetRequest request) {
    HandoffTarget made = targets.create(request.command());
    return ResponseEntity.created(URI.create("/api/v1/scheduling/handoff-targets/" + made.id()))
        .eTag(ETags.of(made.version()))
        .body(TargetJson.of(made));
  }

  @Operation(summary = "Change a hand-off target (If-Match required: a stale version is 412)")
  @PutMapping("/{id}")
  ResponseEntity<TargetJson> update(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody TargetRequest request) {
    targets.get(id);
    long version = ETags.required(ifMatch, "handoff target");
    return current(targets.update(id, version, request.command()));
  }

  @Operation(summary = "Remove a hand-off target with its log (If-Match required)")
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    targets.get(id);
    targets.delete(id, ETags.required(ifMatch, "handoff target"));
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "The runs of a hand-off target, newest first (at most 100)")
  @GetMapping("/{id}/runs")
  RunList runs(@PathVariable UUID id) {
    return new RunList(runs.history(id));
  }

  @Operation(
      summary =
          "Run a hand-off target now (If-Match: the target's ETag): sends what is new or changed"
              + " and answers the run (SENT, NOTHING or FAILED)")
  @PostMapping("/{id}/runs")
  ResponseEntity<HandoffRun> run(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    HandoffTarget target = targets.get(id);
    long version = ETags.required(ifMatch, "handoff target");
    if (version != target.version()) {
      throw new io.pyra.platform.error.StaleVersionException(
          "handoff target", version, target.version());
    }
    return ResponseEntity.status(201).body(runs.runNow(id));
  }

  private static ResponseEntity<TargetJson> current(HandoffTarget target) {
    return ResponseEntity.ok().eTag(ETags.of(target.version())).body(TargetJson.of(target));
  }
}
