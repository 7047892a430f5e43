package io.pyra.interaction.web;

import io.pyra.identity.CurrentUser;
import io.pyra.interaction.job.JobFilter;
import io.pyra.interaction.job.JobQueries;
import io.pyra.interaction.job.JobRow;
import io.pyra.interaction.job.JobService;
import io.pyra.interaction.job.JobStatus;
import io.pyra.interaction.job.SaveJob;
import io.pyra.interaction.job.ServiceCategories;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.idempotency.IdempotentRequests;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Jobs (projects) over the API: create (idempotent with an {@code Idempotency-Key}), read, list
 * with filters and a cursor, change with {@code If-Match}. Service categories by code.
 */
@Tag(name = "Jobs")
@RestController
class JobRestController {

  /**
   * A job: {@code serviceCategory} is the category's code, {@code country} an ISO 3166 alpha-2
   * code.
   */
  record JobJson(
      UUID id,
      String code,
      UUID customerId,
      String name,
      String country,
      String office,
      String serviceCategory,
      JobStatus status,
      Instant createdAt,
      Instant updatedAt,
      long version) {

    static JobJson of(JobRow r) {
      return new JobJson(
          r.id(),
          r.code(),
          r.customerId(),
          r.name(),
          r.country(),
          r.office(),
          r.serviceCategory(),
          r.status(),
          r.createdAt(),
          r.updatedAt(),
          r.version());
    }
  }

  record JobRequest(
      UUID customerId,
      @Size(max = 300) String name,
      @Size(max = 2) String country,
      @Size(max = 100) String office,
      @Size(max = 60) String serviceCategory,
      @Size(max = 12) String status) {}

  record JobListResponse(List<JobJson> items, String nextCursor) {}

  record CategoryJson(String code, String nameEn, String nameZh, boolean active) {}

  private final JobService jobs;
  private final JobQueries queries;
  private final ServiceCategories categories;
  private final IdempotentRequests idempotency;
  private final CurrentUser currentUser;
  private final JsonBodies bodies;

  JobRestController(
      JobService jobs,
      JobQueries queries,
      ServiceCategories categories,
      IdempotentRequests idempotency,
      CurrentUser currentUser,
      JsonBodies bodies) {
    this.currentUser = currentUser;
    this.bodies = bodies;
    this.jobs = jobs;
    this.queries = queries;
    this.categories = categories;
    this.idempotency = idempotency;
  }

  @Operation(summary = "Create a job for a customer; its code (J-000123) is given by the server")
  @PostMapping("/api/v1/jobs")
  @PreAuthorize("hasAuthority('job.manage')")
  ResponseEntity<JobJson> create(
      @RequestBody JobRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        currentUser.requireId(),
        request,
        () ->
            created(
                jobs.create(
                        new SaveJob(
                            request.customerId(),
                            request.name(),
                            request.country(),
                            request.office(),
                            request.serviceCategory(),
                            request.status(),
                            null))
                    .id()),
        first ->
            created(
                UUID.fromString(
                    first.location().substring(first.location().lastIndexOf('/') + 1))));
  }

  @Operation(summary = "Read one job")
  @GetMapping("/api/v1/jobs/{id}")
  @PreAuthorize("hasAuthority('customer.read')")
  ResponseEntity<JobJson> get(@PathVariable UUID id) {
    JobJson json = JobJson.of(row(id));
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  @Operation(
      summary =
          "List the jobs you may see, newest first. Filters: customerId, status, country, "
              + "serviceCategory, q (code or part of the name); limit (max 200); cursor = the nextCursor of the previous page")
  @GetMapping("/api/v1/jobs")
  @PreAuthorize("hasAuthority('customer.read')")
  JobListResponse list(
      @RequestParam(required = false) UUID customerId,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String serviceCategory,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String cursor) {
    JobStatus parsed =
        status == null || status.isBlank()
            ? null
            : JobStatus.parse(status)
                .orElseThrow(
                    () ->
                        new BusinessRuleException(
                            "status", "unknown", "interaction.job.status.unknown", status.strip()));
    Slice<JobRow> slice =
        queries.search(
            new JobFilter(customerId, parsed, country, serviceCategory, q), cursor, limit);
    return new JobListResponse(
        slice.items().stream().map(JobJson::of).toList(), slice.nextCursor());
  }

  @Operation(
      summary =
          "Change the given fields of a job (If-Match required); status changes follow "
              + "OPEN → ACTIVE/ON_HOLD/CANCELLED, ACTIVE → ON_HOLD/COMPLETED/CANCELLED, ON_HOLD → ACTIVE/CANCELLED")
  @PatchMapping("/api/v1/jobs/{id}")
  @PreAuthorize("hasAuthority('job.manage')")
  ResponseEntity<JobJson> patch(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = @Content(schema = @Schema(implementation = JobRequest.class)))
          @RequestBody
          JsonNode body,
      HttpServletRequest http) {
    JobRequest patch = bodies.read(body, JobRequest.class, http);
    JobRow now = row(id);
    long version = ETags.required(ifMatch, "job");
    jobs.update(
        id,
        new SaveJob(
            patch.customerId(),
            body.has("name") ? patch.name() : now.name(),
            body.has("country") ? patch.country() : now.country(),
            body.has("office") ? patch.office() : now.office(),
            body.has("serviceCategory") ? patch.serviceCategory() : now.serviceCategory(),
            body.has("status") ? patch.status() : now.status().name(),
            version));
    JobJson json = JobJson.of(row(id));
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  @Operation(summary = "The service categories jobs are filed under")
  @GetMapping("/api/v1/service-categories")
  @PreAuthorize("isAuthenticated()")
  List<CategoryJson> categories() {
    return categories.all().stream()
        .map(c -> new CategoryJson(c.code(), c.nameEn(), c.nameZh(), c.active()))
        .toList();
  }

  private JobRow row(UUID id) {
    return queries.find(id).orElseThrow(() -> new RecordNotFoundException("job", id));
  }

  private ResponseEntity<JobJson> created(UUID id) {
    JobJson json = JobJson.of(row(id));
    return ResponseEntity.created(URI.create("/api/v1/jobs/" + id))
        .eTag(ETags.of(json.version()))
        .body(json);
  }
}
