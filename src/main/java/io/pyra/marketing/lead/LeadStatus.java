package io.pyra.marketing.lead;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a lead stands: NEW → CONTACTED → APPOINTMENT_BOOKED → ARRIVED → CONVERTED, or DISQUALIFIED
 * (with a reason) from any open status. A booking may come straight after NEW; a no-show takes a
 * booked lead back to CONTACTED. CONVERTED is reached only by a conversion, DISQUALIFIED only with
 * a reason; both are final.
 */
public enum LeadStatus {
  NEW,
  CONTACTED,
  APPOINTMENT_BOOKED,
  ARRIVED,
  CONVERTED,
  DISQUALIFIED;

  /** The statuses a user may move a lead to by hand (not conversion, not disqualification). */
  public Set<LeadStatus> next() {
    return switch (this) {
      case NEW -> EnumSet.of(CONTACTED, APPOINTMENT_BOOKED);
      case CONTACTED -> EnumSet.of(APPOINTMENT_BOOKED);
      case APPOINTMENT_BOOKED -> EnumSet.of(ARRIVED, CONTACTED);
      case ARRIVED, CONVERTED, DISQUALIFIED -> EnumSet.noneOf(LeadStatus.class);
    };
  }

  /** Whether the lead is still being worked on (neither converted nor disqualified). */
  public boolean open() {
    return this != CONVERTED && this != DISQUALIFIED;
  }
}
