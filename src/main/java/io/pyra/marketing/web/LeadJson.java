package io.pyra.marketing.web;

import io.pyra.marketing.lead.DisqualifyReason;
import io.pyra.marketing.lead.LeadEventKind;
import io.pyra.marketing.lead.LeadHistory;
import io.pyra.marketing.lead.LeadRow;
import io.pyra.marketing.lead.LeadSource;
import io.pyra.marketing.lead.LeadStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A lead over the API; {@code interestId} is a catalogue product or category ({@code interestName}
 * in English). {@code history} (oldest first) is given when one lead is read, not in lists.
 */
record LeadJson(
    UUID id,
    LeadSource source,
    UUID campaignId,
    String campaignCode,
    String name,
    String phone,
    String phoneOther,
    String email,
    UUID interestId,
    String interestName,
    UUID centreId,
    String centreName,
    String notes,
    LeadStatus status,
    List<LeadStatus> nextStatuses,
    DisqualifyReason disqualifyReason,
    String disqualifyNote,
    boolean consentEmail,
    boolean consentSms,
    boolean consentPhone,
    Instant consentAt,
    UUID customerId,
    UUID opportunityId,
    UUID ownerId,
    String ownerName,
    UUID orgUnitId,
    String orgUnitName,
    List<LeadEventJson> history,
    Instant createdAt,
    Instant updatedAt,
    Instant convertedAt,
    long version) {

  /** One entry of a lead's history. */
  record LeadEventJson(
      Instant at,
      LeadEventKind kind,
      LeadStatus fromStatus,
      LeadStatus toStatus,
      String actorName,
      String note) {

    static LeadEventJson of(LeadHistory.Entry entry) {
      return new LeadEventJson(
          entry.at(),
          entry.kind(),
          entry.fromStatus(),
          entry.toStatus(),
          entry.actorName(),
          entry.note());
    }
  }

  static LeadJson of(LeadRow row, List<LeadHistory.Entry> history) {
    return new LeadJson(
        row.id(),
        row.source(),
        row.campaignId(),
        row.campaignCode(),
        row.name(),
        row.phone(),
        row.phoneOther(),
        row.email(),
        row.interestId(),
        row.interestName(Locale.ENGLISH),
        row.centreId(),
        row.centreName(),
        row.notes(),
        row.status(),
        List.copyOf(row.status().next()),
        row.disqualifyReason(),
        row.disqualifyNote(),
        row.consentEmail(),
        row.consentSms(),
        row.consentPhone(),
        row.consentAt(),
        row.customerId(),
        row.opportunityId(),
        row.ownerId(),
        row.ownerName(),
        row.orgUnitId(),
        row.orgUnitName(),
        history == null ? null : history.stream().map(LeadEventJson::of).toList(),
        row.createdAt(),
        row.updatedAt(),
        row.convertedAt(),
        row.version());
  }
}
