package io.pyra.marketing.lead;

/** What happened to a lead, as its history records it. */
public enum LeadEventKind {
  CREATED,
  CHANGED,
  STATUS,
  APPOINTMENT_BOOKED,
  ARRIVED,
  NO_SHOW,
  DISQUALIFIED,
  CONVERTED,
  DUPLICATES_IGNORED
}
