package io.pyra.scheduling.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.ETags;
import io.pyra.scheduling.resource.Resource;
import io.pyra.scheduling.resource.ResourceDirectory;
import io.pyra.scheduling.resource.ResourceFilter;
import io.pyra.scheduling.resource.ResourceRow;
import io.pyra.scheduling.resource.ResourceService;
import io.pyra.scheduling.resource.SaveResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Resources over the API: list the ones the caller may see (filters, cursor), read one, add one,
 * change one with {@code If-Match}, take one out of use and back.
 */
@Tag(name = "Resources")
@RestController
@RequestMapping("/api/v1/resources")
@PreAuthorize("hasAuthority('resource.read')")
class ResourceRestController {

  static final int TEXT_FILTER_MAX = 200;

  /**
   * A resource as a client sends it. {@code kind} (ROOM, PC_SET, PROJECTOR, INSTRUCTOR, HARDWARE)
   * and {@code code} count only when it is added; {@code capacity} (1–10000) is required for ROOM
   * and PC_SET; {@code userId} (an active user of the centre's subtree), {@code skills} and {@code
   * courseIds} (catalogue products) count for INSTRUCTOR.
   */
  record ResourceRequest(
      @Schema(example = "ROOM") @Size(max = 12) String kind,
      @Size(max = 40) String code,
      @Size(max = 200) String name,
      UUID orgUnitId,
      Integer capacity,
      @Size(max = 500) String equipment,
      UUID userId,
      @Size(max = 500) String skills,
      @Size(max = 1000) String note,
      @Size(max = 100) List<UUID> courseIds) {

    SaveResource command() {
      return new SaveResource(
          kind, code, name, orgUnitId, capacity, equipment, userId, skills, note, courseIds);
    }
  }

  record ResourceList(List<ResourceJson> items, String nextCursor) {}

  private final ResourceService resources;
  private final ResourceDirectory directory;

  ResourceRestController(ResourceService resources, ResourceDirectory directory) {
    this.resources = resources;
    this.directory = directory;
  }

  @Operation(
      summary =
          "List the resources you may see, by code. Filters: orgUnitId (the centre and the units"
              + " below it), kind, active, q (code or name, at most 200 characters); limit (max"
              + " 200); cursor = nextCursor of the previous page")
  @GetMapping
  ResourceList list(
      @RequestParam(required = false) UUID orgUnitId,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) Boolean active,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String cursor) {
    Slice<ResourceRow> slice = directory.search(filter(orgUnitId, kind, active, q), cursor, limit);
    return new ResourceList(
        slice.items().stream().map(row -> ResourceJson.of(row, List.of())).toList(),
        slice.nextCursor());
  }

  @Operation(summary = "Read one resource you may see, with an instructor's courses")
  @GetMapping("/{id}")
  ResponseEntity<ResourceJson> get(@PathVariable UUID id) {
    ResourceJson body = read(id);
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  @Operation(summary = "Add a resource to a centre you manage; a code already taken is a 422")
  @PostMapping
  @PreAuthorize("hasAuthority('resource.manage')")
  ResponseEntity<ResourceJson> create(@RequestBody ResourceRequest request) {
    Resource resource = resources.create(request.command());
    ResourceJson body = read(resource.id());
    return ResponseEntity.created(URI.create("/api/v1/resources/" + body.id()))
        .eTag(ETags.of(body.version()))
        .body(body);
  }

  @Operation(
      summary =
          "Change a resource (all but its kind and code; If-Match required: a stale version is"
              + " 412, nothing written)")
  @PutMapping("/{id}")
  @PreAuthorize("hasAuthority('resource.manage')")
  ResponseEntity<ResourceJson> update(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody ResourceRequest request) {
    resources.writable(id);
    long version = ETags.required(ifMatch, ResourceService.RECORD_TYPE);
    resources.update(id, version, request.command());
    return current(id);
  }

  @Operation(summary = "Take a resource out of use: nothing books it any more (If-Match required)")
  @PostMapping("/{id}/deactivation")
  @PreAuthorize("hasAuthority('resource.manage')")
  ResponseEntity<ResourceJson> deactivate(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return activate(id, ifMatch, false);
  }

  @Operation(summary = "Put a resource back into use (If-Match required)")
  @PostMapping("/{id}/activation")
  @PreAuthorize("hasAuthority('resource.manage')")
  ResponseEntity<ResourceJson> reactivate(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return activate(id, ifMatch, true);
  }

  private ResponseEntity<ResourceJson> activate(UUID id, String ifMatch, boolean active) {
    resources.writable(id);
    long version = ETags.required(ifMatch, ResourceService.RECORD_TYPE);
    resources.activate(id, version, active);
    return current(id);
  }

  /** A filter from the parameters of a list; an unknown kind is a 422 naming it. */
  static ResourceFilter filter(UUID orgUnitId, String kind, Boolean active, String q) {
    if (q != null && q.length() > TEXT_FILTER_MAX) {
      throw new BusinessRuleException("q", "size", "resource.q.size", TEXT_FILTER_MAX);
    }
    return new ResourceFilter(
        orgUnitId, kind == null || kind.isBlank() ? null : ResourceService.kind(kind), active, q);
  }

  private ResponseEntity<ResourceJson> current(UUID id) {
    ResourceJson body = read(id);
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  private ResourceJson read(UUID id) {
    ResourceRow row =
        directory
            .find(id)
            .orElseThrow(() -> new RecordNotFoundException(ResourceService.RECORD_TYPE, id));
    return ResourceJson.of(row, directory.courses(id));
  }
}
