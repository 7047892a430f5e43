package io.pyra.marketing.web;

import io.pyra.marketing.channel.Channel;
import io.pyra.marketing.channel.Channels;
import io.pyra.platform.taxonomy.CreateTermRequest;
import io.pyra.platform.taxonomy.PatchTermRequest;
import io.pyra.platform.taxonomy.TermEndpoints;
import io.pyra.platform.taxonomy.TermJson;
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
 * The campaign channels over HTTP, addressed by code: read with {@code campaign.read}, changed with
 * {@code campaign.write}.
 */
@Tag(name = "Campaign channels")
@RestController
@RequestMapping("/api/v1/marketing/channels")
@PreAuthorize("hasAuthority('campaign.read')")
class ChannelRestController {

  private final TermEndpoints<Channel> terms;

  ChannelRestController(Channels terms) {
    this.terms = new TermEndpoints<>(terms, "/api/v1/marketing/channels", "channel");
  }

  @Operation(summary = "Every channel in tree order (each followed by its sub-channels)")
  @GetMapping
  List<TermJson> list() {
    return terms.list();
  }

  @Operation(summary = "One channel by its code")
  @GetMapping("/{code}")
  ResponseEntity<TermJson> get(@PathVariable String code) {
    return terms.get(code);
  }

  @Operation(summary = "Add a channel, at the top or below a parent (by code)")
  @PostMapping
  @PreAuthorize("hasAuthority('campaign.write')")
  ResponseEntity<TermJson> create(@RequestBody CreateTermRequest request) {
    return terms.create(request);
  }

  @Operation(
      summary =
          "Rename, move, reorder or (de)activate a channel (If-Match required); "
              + "send \"parent\": \"\" to move it to the top")
  @PatchMapping("/{code}")
  @PreAuthorize("hasAuthority('campaign.write')")
  ResponseEntity<TermJson> patch(
      @PathVariable String code,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PatchTermRequest request) {
    return terms.patch(code, ifMatch, request);
  }

  @Operation(
      summary =
          "Delete an unused channel (If-Match required); one that campaigns or sub-channels use is"
              + " refused — deactivate it instead")
  @DeleteMapping("/{code}")
  @PreAuthorize("hasAuthority('campaign.write')")
  ResponseEntity<Void> delete(
      @PathVariable String code,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return terms.delete(code, ifMatch);
  }
}
