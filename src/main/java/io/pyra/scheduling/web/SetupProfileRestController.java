package io.pyra.scheduling.web;

import io.pyra.platform.web.ETags;
import io.pyra.scheduling.setup.SaveSetupProfile;
import io.pyra.scheduling.setup.SetupProfile;
import io.pyra.scheduling.setup.SetupProfiles;
import io.swagger.v3.oas.annotations.Operation;
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
 * Configuration profiles over the API: list, read (ETag), add (a code taken is a 422 naming {@code
 * code}), change and take out of use with {@code If-Match}.
 */
@Tag(name = "Set-up profiles")
@RestController
@RequestMapping("/api/v1/setup-profiles")
@PreAuthorize("hasAuthority('setup.work')")
class SetupProfileRestController {

  /** A profile as a client sends it; {@code code} counts only when it is added. */
  record ProfileRequest(
      @Size(max = 40) String code,
      @Size(max = 200) String name,
      @Size(max = 200) String operatingSystem,
      @Size(max = 4000) String software,
      @Size(max = 2000) String securityPolicy) {

    SaveSetupProfile command() {
      return new SaveSetupProfile(code, name, operatingSystem, software, securityPolicy);
    }
  }

  record ProfileList(List<SetupJson.Profile> items) {}

  private final SetupProfiles profiles;

  SetupProfileRestController(SetupProfiles profiles) {
    this.profiles = profiles;
  }

  @Operation(
      summary =
          "The configuration profiles by code (at most 500); inactive=true lists those out of use"
              + " too")
  @GetMapping
  ProfileList list(@RequestParam(defaultValue = "false") boolean inactive) {
    return new ProfileList(profiles.list(inactive).stream().map(SetupJson.Profile::of).toList());
  }

  @Operation(summary = "One configuration profile")
  @GetMapping("/{id}")
  ResponseEntity<SetupJson.Profile> get(@PathVariable UUID id) {
    return answer(profiles.get(id));
  }

  @Operation(
      summary =
          "Add a configuration profile: code (unique, letters, digits, . _ -), name, operating"
              + " system, software (one per line, at most 100 lines), security policy")
  @PostMapping
  ResponseEntity<SetupJson.Profile> create(@RequestBody ProfileRequest request) {
    SetupProfile profile = profiles.create(request.command());
    return ResponseEntity.created(URI.create("/api/v1/setup-profiles/" + profile.id()))
        .eTag(ETags.of(profile.version()))
        .body(SetupJson.Profile.of(profile));
  }

  @Operation(summary = "Change a profile (all but its code). If-Match required")
  @PutMapping("/{id}")
  ResponseEntity<SetupJson.Profile> update(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody ProfileRequest request) {
    profiles.get(id);
    long version = ETags.required(ifMatch, SetupProfiles.RECORD_TYPE);
    return answer(profiles.update(id, version, request.command()));
  }

  @Operation(summary = "Take a profile out of use: no new request names it. If-Match required")
  @PostMapping("/{id}/deactivation")
  ResponseEntity<SetupJson.Profile> deactivate(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    profiles.get(id);
    long version = ETags.required(ifMatch, SetupProfiles.RECORD_TYPE);
    return answer(profiles.activate(id, version, false));
  }

  @Operation(summary = "Put a profile back into use. If-Match required")
  @PostMapping("/{id}/activation")
  ResponseEntity<SetupJson.Profile> activate(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    profiles.get(id);
    long version = ETags.required(ifMatch, SetupProfiles.RECORD_TYPE);
    return answer(profiles.activate(id, version, true));
  }

  private static ResponseEntity<SetupJson.Profile> answer(SetupProfile profile) {
    return ResponseEntity.ok()
        .eTag(ETags.of(profile.version()))
        .body(SetupJson.Profile.of(profile));
  }
}
