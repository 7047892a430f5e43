package io.pyra.sales.opportunity;

import io.pyra.sales.pipeline.StageOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Opportunities for the aggregate's tests, built and moved with the real methods, in a pipeline of
 * their own: inquiry (10 %) → proposal (60 %) → won (100 %) / lost (0 %).
 */
final class OpportunityFixtures {

  static final UUID PIPELINE = UUID.randomUUID();
  static final StageRef INQUIRY = stage("INQUIRY", StageOutcome.OPEN, 10);
  static final StageRef PROPOSAL = stage("PROPOSAL", StageOutcome.OPEN, 60);
  static final StageRef WON = stage("WON", StageOutcome.WON, 100);
  static final StageRef LOST = stage("LOST", StageOutcome.LOST, 0);
  static final LostReasonRef PRICE = new LostReasonRef(UUID.randomUUID(), "PRICE");
  static final LostReasonRef COMPETITOR = new LostReasonRef(UUID.randomUUID(), "COMPETITOR");
  static final UUID OWNER = UUID.randomUUID();
  static final UUID UNIT = UUID.randomUUID();
  static final Instant START = Instant.parse("2026-11-02T01:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

  private OpportunityFixtures() {}

  static StageRef stage(String code, StageOutcome outcome, int probability) {
    return new StageRef(UUID.randomUUID(), PIPELINE, code, outcome, probability, true);
  }

  static OpportunityDetails details(Integer probability) {
    return new OpportunityDetails(
        "Spring intake",
        UUID.randomUUID(),
        null,
        new BigDecimal("12000.00"),
        "CNY",
        TODAY.plusDays(30),
        null,
        null,
        probability,
        null);
  }

  /** A new opportunity in the inquiry stage. */
  static Opportunity inquiry() {
    return new Opportunity("O-000001", details(null), INQUIRY, OWNER, UNIT, OWNER, START, TODAY);
  }

  /** An opportunity moved on to the proposal stage an hour after it was recorded. */
  static Opportunity proposal() {
    Opportunity opportunity = inquiry();
    opportunity.moveTo(PROPOSAL, null, null, true, OWNER, START.plusSeconds(3600), TODAY);
    return opportunity;
  }

  /** An opportunity lost on price. */
  static Opportunity lost() {
    Opportunity opportunity = proposal();
    opportunity.moveTo(LOST, PRICE, "Bright English", true, OWNER, START.plusSeconds(7200), TODAY);
    return opportunity;
  }

  /** A won opportunity. */
  static Opportunity won() {
    Opportunity opportunity = proposal();
    opportunity.moveTo(WON, null, null, true, OWNER, START.plusSeconds(7200), TODAY);
    return opportunity;
  }
}
