package io.pyra.marketing.web;

import io.pyra.marketing.mailing.MailingAccess;
import io.pyra.marketing.mailing.MailingChannel;
import io.pyra.marketing.mailing.MailingCounts;
import io.pyra.marketing.mailing.MailingEdits;
import io.pyra.marketing.mailing.MailingLog;
import io.pyra.marketing.mailing.MailingRow;
import io.pyra.marketing.mailing.MailingStart;
import io.pyra.marketing.mailing.Mailings;
import io.pyra.marketing.mailing.RecipientRow;
import io.pyra.marketing.mailing.RecipientState;
import io.pyra.platform.idempotency.IdempotentRequests;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
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
 * Mailings over the API: write one (DRAFT, idempotent with an {@code Idempotency-Key}), change it
 * while it is a draft ({@code If-Match}; not a draft: 409), read it with its progress (before the
 * start: the preview of who would receive it and who is skipped, and why), start it ({@code POST
 * /{id}/sending}), cancel it, page through its per-recipient log, and report a bounce by the
 * Message-ID a mail went out under. Seen with campaign.read; written, started, cancelled and
 * bounced with mailing.send.
 */
@Tag(name = "Mailings")
@RestController
@RequestMapping("/api/v1/mailings")
@PreAuthorize("hasAuthority('campaign.read')")
class MailingRestController {

  /** A mailing: body ≤ 5000 (e-mail) or ≤ 200 (SMS) characters, {name} its only placeholder. */
  record MailingRequest(
      UUID campaignId,
      UUID audienceId,
      MailingChannel channel,
      @Size(max = 5) String language,
      @Size(max = 200) String subject,
      @Size(max = 5000) String body) {

    io.pyra.marketing.mailing.SaveMailing command() {
      return new io.pyra.marketing.mailing.SaveMailing(
          campaignId, audienceId, channel, language, subject, body);
    }
  }

  /** A bounce a mail server reported for the message sent under {@code messageId}. */
  record MailingBounceRequest(@Size(max = 300) String messageId, @Size(max = 500) String reason) {}

  record MailingJson(
      UUID id,
      UUID campaignId,
      String campaignName,
      UUID audienceId,
      String audienceName,
      MailingChannel channel,
      String language,
      String subject,
      String body,
      String status,
      long version,
      Instant createdAt,
      Instant startedAt,
      Instant finishedAt,
      MailingCounts counts,
      boolean preview) {}

  record MailingRecipientJson(
      UUID id,
      String kind,
      UUID personId,
      String name,
      String address,
      RecipientState state,
      String messageId,
      String failure,
      Instant updatedAt,
      Instant unsubscribedAt) {

    static MailingRecipientJson of(RecipientRow r) {
      return new MailingRecipientJson(
          r.id(),
          r.kind().name(),
          r.personId(),
          r.name(),
          r.address(),
          r.state(),
          r.messageId(),
          r.failure(),
          r.updatedAt(),
          r.unsubscribedAt());
    }
  }

  record MailingRecipientList(List<MailingRecipientJson> items, String nextCursor) {}

  private final Mailings mailings;
  private final MailingEdits edits;
  private final MailingStart start;
  private final MailingLog log;
  private final MailingAccess access;
  private final IdempotentRequests idempotency;

  MailingRestController(
      Mailings mailings,
      MailingEdits edits,
      MailingStart start,
      MailingLog log,
      MailingAccess access,
      IdempotentRequests idempotency) {
    this.mailings = mailings;
    this.edits = edits;
    this.start = start;
    this.log = log;
    this.access = access;
    this.idempotency = idempotency;
  }

  @Operation(
      summary =
          "Read a mailing with its counts: before the start, a preview of who would receive it and"
              + " who is skipped for no consent or no address")
  @GetMapping("/{id}")
  ResponseEntity<MailingJson> get(@PathVariable UUID id) {
    MailingJson body = json(mailings.get(id));
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  @Operation(summary = "Write a mailing (DRAFT); an Idempotency-Key makes a retry return the first")
  @PostMapping
  @PreAuthorize("hasAuthority('mailing.send')")
  ResponseEntity<MailingJson> create(
      @RequestBody MailingRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        access.me(),
        request,
        () -> created(mailings.create(request.command())),
        first ->
            created(
                mailings.get(
                    UUID.fromString(
                        first.location().substring(first.location().lastIndexOf('/') + 1)))));
  }

  @Operation(
      summary =
          "Change a DRAFT mailing (If-Match required: missing 428, stale 412); sending, sent or"
              + " cancelled: 409 naming status; nothing written")
  @PutMapping("/{id}")
  @PreAuthorize("hasAuthority('mailing.send')")
  ResponseEntity<MailingJson> update(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody MailingRequest request) {
    edits.editable(id);
    long version = ETags.required(ifMatch, Mailings.RECORD_TYPE);
    MailingJson body = json(edits.update(id, version, request.command()));
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  @Operation(
      summary =
          "Start sending a DRAFT mailing: the audience is taken as you reach it now; the passes"
              + " send it throttled. Not a draft: 422 naming status")
  @PostMapping("/{id}/sending")
  @PreAuthorize("hasAuthority('mailing.send')")
  ResponseEntity<MailingJson> send(@PathVariable UUID id) {
    MailingJson body = json(start.start(id));
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  @Operation(summary = "Cancel a mailing: what was sent stays sent, the rest is not sent")
  @PostMapping("/{id}/cancellation")
  @PreAuthorize("hasAuthority('mailing.send')")
  ResponseEntity<MailingJson> cancel(@PathVariable UUID id) {
    MailingJson body = json(start.cancel(id));
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  @Operation(summary = "The per-recipient log of a mailing; state filter, limit (max 200), cursor")
  @GetMapping("/{id}/recipients")
  MailingRecipientList recipients(
      @PathVariable UUID id,
      @RequestParam(required = false) RecipientState state,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String cursor) {
    Slice<RecipientRow> slice = log.recipients(id, state, cursor, limit);
    return new MailingRecipientList(
        slice.items().stream().map(MailingRecipientJson::of).toList(), slice.nextCursor());
  }

  @Operation(
      summary =
          "Report a bounce of a sent message by its Message-ID: its recipient becomes BOUNCED and"
              + " counts for the campaign; unknown id: 404")
  @PostMapping("/bounces")
  @PreAuthorize("hasAuthority('mailing.send')")
  MailingRecipientJson bounce(@RequestBody MailingBounceRequest request) {
    return MailingRecipientJson.of(log.bounce(request.messageId(), request.reason()));
  }

  private MailingJson json(MailingRow m) {
    boolean draft = m.status() == io.pyra.marketing.mailing.MailingStatus.DRAFT;
    MailingCounts counts = draft ? mailings.preview(m) : mailings.counts(m.id());
    return new MailingJson(
        m.id(),
        m.campaignId(),
        m.campaignName(),
        m.audienceId(),
        m.audienceName(),
        m.channel(),
        m.language(),
        m.subject(),
        m.body(),
        m.status().name(),
        m.version(),
        m.createdAt(),
        m.startedAt(),
        m.finishedAt(),
        counts,
        draft);
  }

  private ResponseEntity<MailingJson> created(MailingRow mailing) {
    MailingJson body = json(mailing);
    return ResponseEntity.created(URI.create("/api/v1/mailings/" + mailing.id()))
        .eTag(ETags.of(body.version()))
        .body(body);
  }
}
