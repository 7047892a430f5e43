package io.pyra.support.web;

import io.pyra.support.cases.SlaWatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs a pass of the SLA clocks now, as the job does every minute: for an administrator after a
 * pause of the job, and for the benchmark. Another node running its pass at the same moment noted
 * the cases it took first; nothing is told twice.
 */
@Tag(name = "SLA")
@RestController
@RequestMapping("/api/v1/support/sla-passes")
@PreAuthorize("hasAuthority('support.configure')")
class SlaPassRestController {

  record PassJson(int warnings, int breaches, int escalations, long millis) {}

  private final SlaWatch watch;

  SlaPassRestController(SlaWatch watch) {
    this.watch = watch;
  }

  @Operation(summary = "Run a pass of the SLA clocks now; answers what it did and how long it took")
  @PostMapping
  PassJson run() {
    Instant start = Instant.now();
    SlaWatch.Pass pass = watch.run(start);
    return new PassJson(
        pass.warnings(),
        pass.breaches(),
        pass.escalations(),
        Duration.between(start, Instant.now()).toMillis());
  }
}
