package io.pyra.marketing.web;

import io.pyra.marketing.channel.Channel;
import io.pyra.marketing.channel.Channels;
import io.pyra.platform.taxonomy.CreateTermRequest;
import io.pyra.platform.taxonomy.PatchTermRequest;
import io.pyra.platform.taxonomy.TermJson;
import io.pyra.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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

  private static final String RECORD = "channel";

  private final Channels terms;

  ChannelRestController(Channels terms) {
    this.terms = terms;
  }

  @Operation(summary = "Every channel in tree order (each followed by its sub-channels)")
  @GetMapping
  List<TermJson> list() {
    return terms.tree().stream().map(TermJson::of).toList();
  }

  @Operation(summary = "One channel by its code")
  @GetMapping("/{code}")
  ResponseEntity<TermJson> get(@PathVariable String code) {
    TermJson json = TermJson.of(terms.node(code));
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  @Operation(summary = "Add a channel, at the top or below a parent (by code)")
  @PostMapping
  @PreAuthorize("hasAuthority('campaign.write')")
  ResponseEntity<TermJson> create(@RequestBody CreateTermRequest request) {
    Channel term = terms.create(request.command());
    TermJson json = TermJson.of(terms.node(term.code()));
    return ResponseEntity.created(URI.create("/api/v1/marketing/channels/" + json.code()))
        .eTag(ETags.of(json.version()))
        .body(json);
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
    var current = terms.node(code);
    long version = ETags.required(ifMatch, RECORD);
    Channel saved = terms.update(current.term().id(), request.command(current, version));
    TermJson json = TermJson.of(terms.node(saved.code()));
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
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
    Channel term = terms.getByCode(code);
    terms.delete(term.id(), ETags.required(ifMatch, RECORD));
    return ResponseEntity.noContent().build();
  }
}
