package io.pyra.support.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.Slice;
import io.pyra.support.mailbox.InboundAttachment;
import io.pyra.support.mailbox.InboundMail;
import io.pyra.support.mailbox.InboundMailId;
import io.pyra.support.mailbox.InboundMailRow;
import io.pyra.support.mailbox.InboundMailStatus;
import io.pyra.support.mailbox.Triage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mail read from the support mailbox over the API ({@code case.write}): the list by status,
 * newest first with a cursor; one mail; discard a mail in triage or hand it to a customer.
 */
@Tag(name = "Support mailbox")
@RestController
@RequestMapping("/api/v1/support/inbound-mail")
@PreAuthorize("hasAuthority('case.write')")
class InboundMailRestController {

  record MailJson(
      UUID id,
      String fromAddress,
      String fromName,
      String subject,
      Instant receivedAt,
      long size,
      InboundMailStatus status,
      String reason,
      UUID customerId) {

    static MailJson of(InboundMailRow row) {
      return new MailJson(
          row.id().value(),
          row.fromAddress(),
          row.fromName(),
          row.subject(),
          row.receivedAt(),
          row.size(),
          row.status(),
          row.reason(),
          row.customerId() == null ? null : row.customerId().value());
    }
  }

  record MailList(List<MailJson> items, String nextCursor) {}

  record MailDetail(
      UUID id,
      String messageId,
      String inReplyTo,
      List<String> references,
      String fromAddress,
      String fromName,
      String to,
      String subject,
      String text,
      Instant receivedAt,
      long size,
      InboundMailStatus status,
      String reason,
      UUID customerId,
      List<InboundAttachment> attachments) {

    static MailDetail of(InboundMail mail) {
      return new MailDetail(
          mail.id().value(),
          mail.messageId(),
          mail.inReplyTo(),
          mail.references(),
          mail.fromAddress(),
          mail.fromName(),
          mail.to(),
          mail.subject(),
          mail.text(),
          mail.receivedAt(),
          mail.size(),
          mail.status(),
          mail.reason(),
          mail.customerId() == null ? null : mail.customerId().value(),
          mail.attachments());
    }
  }

  record AssignRequest(
      @Schema(description = "the customer's code, e.g. C-000123") @NotBlank @Size(max = 40)
          String customerCode) {}

  private final Triage triage;

  InboundMailRestController(Triage triage) {
    this.triage = triage;
  }

  @Operation(
      summary =
          "The mail read from the support mailbox, newest first: status NEW, ROUTED, TRIAGE,"
              + " QUARANTINED or DISCARDED (none: all); limit (max 200); cursor = nextCursor of the"
              + " previous page")
  @GetMapping
  MailList list(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String cursor) {
    InboundMailStatus parsed =
        status == null || status.isBlank()
            ? null
            : InboundMailStatus.parse(status)
                .orElseThrow(
                    () ->
                        new BusinessRuleException(
                            "status", "unknown", "mailbox.status.unknown", status.strip()));
    Slice<InboundMailRow> slice = triage.list(parsed, cursor, limit);
    return new MailList(slice.items().stream().map(MailJson::of).toList(), slice.nextCursor());
  }

  @Operation(summary = "One mail read from the support mailbox, with its text and attachments")
  @GetMapping("/{id}")
  MailDetail get(@PathVariable UUID id) {
    return MailDetail.of(triage.get(new InboundMailId(id)));
  }

  @Operation(summary = "Discard a mail in triage (DISCARDED, with who and when)")
  @PostMapping("/{id}/discard")
  MailDetail discard(@PathVariable UUID id) {
    return MailDetail.of(triage.discard(new InboundMailId(id)));
  }

  @Operation(
      summary =
          "Hand a mail in triage to a customer you may read, by code: NEW with the customer, for a"
              + " case to be made of it")
  @PostMapping("/{id}/assign")
  MailDetail assign(@PathVariable UUID id, @Valid @RequestBody AssignRequest request) {
    InboundMailId mailId = new InboundMailId(id);
    triage.assign(mailId, request.customerCode());
    return MailDetail.of(triage.get(mailId));
  }
}
