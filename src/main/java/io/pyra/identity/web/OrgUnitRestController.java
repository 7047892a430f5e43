package io.pyra.identity.web;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.orgunit.SaveOrgUnit;
import io.pyra.platform.web.ETags;
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
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The organization tree over HTTP, limited to the units the caller's grants reach. */
@Tag(name = "Org units")
@RestController
@RequestMapping("/api/v1/org-units")
class OrgUnitRestController {

  /**
   * An org unit as the API shows it; {@code depth} is 0 for the company at the top; {@code region}
   * its own region (null: inherited), {@code effectiveRegion} the one its users read phone numbers
   * in.
   */
  record OrgUnitResource(
      UUID id,
      UUID parentId,
      OrgUnitKind kind,
      String code,
      String name,
      String timeZone,
      @Schema(maxLength = 2, description = "ISO 3166 alpha-2; null: the parent unit's")
          String region,
      @Schema(maxLength = 2) String effectiveRegion,
      int depth,
      long version) {}

  /** A new unit; without {@code timeZone} it takes its parent's. */
  record CreateOrgUnitRequest(
      UUID parentId,
      OrgUnitKind kind,
      @Size(max = 40) String code,
      @Size(max = 200) String name,
      @Size(max = 60) String timeZone,
      @Size(max = 2) @Schema(description = "ISO 3166 alpha-2 (CN, HK); empty: the parent unit's")
          String region) {}

  /** The fields to change; those left out keep their value. */
  record PatchOrgUnitRequest(
      UUID parentId,
      OrgUnitKind kind,
      @Size(max = 40) String code,
      @Size(max = 200) String name,
      @Size(max = 60) String timeZone,
      @Size(max = 2) @Schema(description = "ISO 3166 alpha-2 (CN, HK); empty: the parent unit's")
          String region) {}

  private final OrgUnitService units;
  private final OrgUnitAccess access;

  OrgUnitRestController(OrgUnitService units, OrgUnitAccess access) {
    this.units = units;
    this.access = access;
  }

  @Operation(
      summary = "List the org units the caller may see, in tree order (parents before their units)")
  @GetMapping
  @PreAuthorize("hasAuthority('org-unit.read')")
  List<OrgUnitResource> list() {
    return access.readableTree().stream().map(this::resource).toList();
  }

  @Operation(summary = "Read one org unit; the ETag is its version")
  @GetMapping("/{id}")
  @PreAuthorize("hasAuthority('org-unit.read') or hasAuthority('org-unit.manage')")
  ResponseEntity<OrgUnitResource> get(@PathVariable UUID id) {
    OrgUnit unit = access.readable(id);
    return ResponseEntity.ok().eTag(ETags.of(unit.version())).body(resource(unit));
  }

  @Operation(summary = "Create an org unit below a parent the caller manages")
  @PostMapping
  @PreAuthorize("hasAuthority('org-unit.manage')")
  ResponseEntity<OrgUnitResource> create(@RequestBody CreateOrgUnitRequest request) {
    access.checkParent(request.parentId());
    String timeZone = request.timeZone();
    if (timeZone == null) {
      timeZone =
          units.find(request.parentId()).map(parent -> parent.timeZone().getId()).orElse(null);
    }
    OrgUnit unit =
        units.create(
            new SaveOrgUnit(
                request.parentId(),
                request.kind(),
                request.code(),
                request.name(),
                timeZone,
                request.region(),
                null));
    URI location =
        ServletUriComponentsBuilder.fromCurrentRequest()
            .path("/{id}")
            .buildAndExpand(unit.id())
            .toUri();
    return ResponseEntity.created(location).eTag(ETags.of(unit.version())).body(resource(unit));
  }

  @Operation(summary = "Change an org unit (If-Match: its ETag); moving it moves its units along")
  @PatchMapping("/{id}")
  @PreAuthorize("hasAuthority('org-unit.manage')")
  ResponseEntity<OrgUnitResource> update(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PatchOrgUnitRequest request) {
    OrgUnit unit = access.manageable(id);
    long version = ETags.required(ifMatch, "org-unit");
    UUID parentId = request.parentId() != null ? request.parentId() : unit.parentId();
    if (request.parentId() != null && !request.parentId().equals(unit.parentId())) {
      access.checkParent(request.parentId());
    }
    OrgUnit saved =
        units.update(
            id,
            new SaveOrgUnit(
                parentId,
                request.kind() != null ? request.kind() : unit.kind(),
                request.code() != null ? request.code() : unit.code(),
                request.name() != null ? request.name() : unit.name(),
                request.timeZone() != null ? request.timeZone() : unit.timeZone().getId(),
                request.region() != null ? request.region() : unit.region(),
                version));
    return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(resource(saved));
  }

  private OrgUnitResource resource(OrgUnit unit) {
    return new OrgUnitResource(
        unit.id(),
        unit.parentId(),
        unit.kind(),
        unit.code(),
        unit.name(),
        unit.timeZone().getId(),
        unit.region(),
        units.effectiveRegion(unit),
        unit.depth(),
        unit.version());
  }

  @Operation(
      summary = "Delete an org unit that has neither units below it nor users (If-Match: its ETag)")
  @DeleteMapping("/{id}")
  @PreAuthorize("hasAuthority('org-unit.manage')")
  ResponseEntity<Void> delete(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    access.manageable(id);
    units.delete(id, ETags.required(ifMatch, "org-unit"));
    return ResponseEntity.noContent().build();
  }
}
