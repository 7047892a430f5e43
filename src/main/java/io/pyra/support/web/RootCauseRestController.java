package io.pyra.support.web;

import io.pyra.platform.taxonomy.CreateTermRequest;
import io.pyra.platform.taxonomy.PatchTermRequest;
import io.pyra.platform.taxonomy.TermEndpoints;
import io.pyra.platform.taxonomy.TermJson;
import io.pyra.support.taxonomy.RootCause;
import io.pyra.support.taxonomy.RootCauses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
 * The root cause tree over HTTP, addressed by code: read with {@code case.read} or {@code
 * support.configure}, changed with {@code support.configure}.
 */
@Tag(name = "Root causes")
@RestController
@RequestMapping("/api/v1/support/root-causes")
class RootCauseRestController {

  private final TermEndpoints<RootCause> terms;

  RootCauseRestController(RootCauses terms) {
    this.terms = new TermEndpoints<>(terms, "/api/v1/support/root-causes", "root cause");
  }

  @Operation(summary = "Every root cause in tree order (each followed by its subtree)")
  @GetMapping
  @PreAuthorize("hasAnyAuthority('case.read', 'support.configure')")
  List<TermJson> list() {
    return terms.list();
  }

  @Operation(summary = "One root cause by its code")
  @GetMapping("/{code}")
  @PreAuthorize("hasAnyAuthority('case.read', 'support.configure')")
  ResponseEntity<TermJson> get(@PathVariable String code) {
    return terms.get(code);
  }

  @Operation(summary = "Add a root cause, at the top or below a parent (by code)")
  @PostMapping
  @PreAuthorize("hasAuthority('support.configure')")
  ResponseEntity<TermJson> create(@RequestBody CreateTermRequest request) {
    return terms.create(request);
  }

  @Operation(
      summary =
          "Rename, move, reorder or (de)activate a root cause (If-Match required); "
              + "send \"parent\": \"\" to move it to the top")
  @PatchMapping("/{code}")
  @PreAuthorize("hasAuthority('support.configure')")
  ResponseEntity<TermJson> patch(
      @PathVariable String code,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PatchTermRequest request) {
    return terms.patch(code, ifMatch, request);
  }

  @Operation(
      summary =
          "Delete an unused root cause (If-Match required); one that cases or sub-causes"
              + " use is refused — deactivate it instead")
  @DeleteMapping("/{code}")
  @PreAuthorize("hasAuthority('support.configure')")
  ResponseEntity<Void> delete(
      @PathVariable String code,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return terms.delete(code, ifMatch);
  }
}
