package io.pyra.customer.web;

import io.pyra.customer.sector.SaveSector;
import io.pyra.customer.sector.Sector;
import io.pyra.customer.sector.SectorService;
import io.pyra.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
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

/**
 * The sector taxonomy over HTTP: read by anyone who sees customers, changed by those who configure
 * them.
 */
@Tag(name = "Sectors")
@RestController
@RequestMapping("/api/v1/sectors")
class SectorRestController {

  record SectorResource(
      UUID id,
      UUID parentId,
      String code,
      String nameEn,
      String nameZh,
      int sortOrder,
      boolean active,
      long version) {

    static SectorResource of(Sector s) {
      return new SectorResource(
          s.id(),
          s.parentId(),
          s.code(),
          s.nameEn(),
          s.nameZh(),
          s.sortOrder(),
          s.active(),
          s.version());
    }
  }

  record CreateSectorRequest(
      UUID parentId,
      @Size(max = 60) String code,
      @Size(max = 200) String nameEn,
      @Size(max = 200) String nameZh,
      Integer sortOrder) {}

  record PatchSectorRequest(
      @Size(max = 200) String nameEn,
      @Size(max = 200) String nameZh,
      Integer sortOrder,
      Boolean active) {}

  private final SectorService sectors;

  SectorRestController(SectorService sectors) {
    this.sectors = sectors;
  }

  @Operation(summary = "The sector taxonomy, each sector followed by its sub-sectors")
  @GetMapping
  @PreAuthorize("hasAuthority('customer.read')")
  List<SectorResource> list() {
    return sectors.tree().stream().map(SectorResource::of).toList();
  }

  @Operation(summary = "One sector")
  @GetMapping("/{id}")
  @PreAuthorize("hasAuthority('customer.read')")
  ResponseEntity<SectorResource> get(@PathVariable UUID id) {
    Sector sector = sectors.get(id);
    return ResponseEntity.ok().eTag(ETags.of(sector.version())).body(SectorResource.of(sector));
  }

  @Operation(summary = "Add a sector or a sub-sector")
  @PostMapping
  @PreAuthorize("hasAuthority('customer.configure')")
  ResponseEntity<SectorResource> create(@RequestBody CreateSectorRequest request) {
    Sector sector =
        sectors.create(
            new SaveSector(
                request.parentId(),
                request.code(),
                request.nameEn(),
                request.nameZh(),
                request.sortOrder(),
                null,
                null));
    return ResponseEntity.created(URI.create("/api/v1/sectors/" + sector.id()))
        .eTag(ETags.of(sector.version()))
        .body(SectorResource.of(sector));
  }

  @Operation(summary = "Rename, reorder or (de)activate a sector (If-Match required)")
  @PatchMapping("/{id}")
  @PreAuthorize("hasAuthority('customer.configure')")
  ResponseEntity<SectorResource> patch(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PatchSectorRequest request) {
    long version = ETags.required(ifMatch, "sector");
    Sector current = sectors.get(id);
    Sector sector =
        sectors.update(
            id,
            new SaveSector(
                current.parentId(),
                current.code(),
                request.nameEn() == null ? current.nameEn() : request.nameEn(),
                request.nameZh() == null ? current.nameZh() : request.nameZh(),
                request.sortOrder(),
                request.active(),
                version));
    return ResponseEntity.ok()
        .eTag(ETags.of(sector.version()))
        .body(SectorResource.of(sectors.get(sector.id())));
  }

  @Operation(
      summary =
          "Delete an unused sector (If-Match required); one in use is refused — deactivate it instead")
  @DeleteMapping("/{id}")
  @PreAuthorize("hasAuthority('customer.configure')")
  ResponseEntity<Void> delete(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    sectors.delete(id, ETags.required(ifMatch, "sector"));
    return ResponseEntity.noContent().build();
  }
}
