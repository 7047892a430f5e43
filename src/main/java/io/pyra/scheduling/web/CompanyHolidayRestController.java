package io.pyra.scheduling.web;

import io.pyra.scheduling.resource.Closure;
import io.pyra.scheduling.resource.Closures;
import io.pyra.scheduling.web.SchedulingJson.SchedulingClosureJson;
import io.pyra.scheduling.web.SchedulingJson.SchedulingClosureList;
import io.pyra.scheduling.web.SchedulingJson.SchedulingClosureRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole company's holidays and closures, when no centre books anything: seen by whoever reads
 * resources, kept by those who manage resources of every centre.
 */
@Tag(name = "Resources")
@RestController
@RequestMapping("/api/v1/company-holidays")
@PreAuthorize("hasAuthority('resource.read')")
class CompanyHolidayRestController {

  private final Closures closures;

  CompanyHolidayRestController(Closures closures) {
    this.closures = closures;
  }

  @Operation(
      summary =
          "The company's holidays that end after from (default now), first first (at most 500)")
  @GetMapping
  SchedulingClosureList list(@RequestParam(required = false) OffsetDateTime from) {
    return SchedulingClosureList.of(
        closures.ofCompany(from == null ? Instant.now() : from.toInstant()));
  }

  @Operation(
      summary =
          "Add a holiday (kind HOLIDAY) or closure of the whole company, at most 366 days"
              + " (resource.manage over all centres)")
  @PostMapping
  @PreAuthorize("hasAuthority('resource.manage')")
  ResponseEntity<SchedulingClosureJson> add(@RequestBody SchedulingClosureRequest request) {
    Closure closure =
        closures.closeCompany(request.kind(), request.start(), request.end(), request.reason());
    return ResponseEntity.created(URI.create("/api/v1/company-holidays/" + closure.id()))
        .body(SchedulingClosureJson.of(closure));
  }

  @Operation(summary = "Remove a holiday of the whole company")
  @DeleteMapping("/{id}")
  @PreAuthorize("hasAuthority('resource.manage')")
  ResponseEntity<Void> remove(@PathVariable UUID id) {
    closures.remove(null, null, id);
    return ResponseEntity.noContent().build();
  }
}
