package io.pyra.sales.opportunity;

import static io.pyra.sales.opportunity.OpportunityFixtures.COMPETITOR;
import static io.pyra.sales.opportunity.OpportunityFixtures.INQUIRY;
import static io.pyra.sales.opportunity.OpportunityFixtures.LOST;
import static io.pyra.sales.opportunity.OpportunityFixtures.OWNER;
import static io.pyra.sales.opportunity.OpportunityFixtures.PRICE;
import static io.pyra.sales.opportunity.OpportunityFixtures.PROPOSAL;
import static io.pyra.sales.opportunity.OpportunityFixtures.START;
import static io.pyra.sales.opportunity.OpportunityFixtures.TODAY;
import static io.pyra.sales.opportunity.OpportunityFixtures.WON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.sales.pipeline.StageOutcome;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The opportunity's transitions: status follows the stage, and the guarded moves are refused. */
class OpportunityTests {

  private static final Instant LATER = START.plusSeconds(86_400);

  @Test
  void aNewOpportunityStartsOpenWithTheStagesProbabilityAndItsFirstStageChange() {
    Opportunity opportunity = OpportunityFixtures.inquiry();

    assertThat(opportunity.status()).isEqualTo(OpportunityStatus.OPEN);
    assertThat(opportunity.stageId()).isEqualTo(INQUIRY.id());
    assertThat(opportunity.probability()).isEqualTo(10);
    assertThat(opportunity.probabilityOverridden()).isFalse();
    OpportunityStageChange first = opportunity.firstChange();
    assertThat(first.fromStageId()).isNull();
    assertThat(first.toStageId()).isEqualTo(INQUIRY.id());
    assertThat(first.enteredAt()).isEqualTo(START);
  }

  @Test
  void aProbabilityGivenByHandIsKeptUntilTheNextMove() {
    Opportunity opportunity =
        new Opportunity(
            "O-1",
            OpportunityFixtures.details(35),
            INQUIRY,
            OWNER,
            UUID.randomUUID(),
            OWNER,
            START,
            TODAY);
    assertThat(opportunity.probability()).isEqualTo(35);
    assertThat(opportunity.probabilityOverridden()).isTrue();

    opportunity.moveTo(PROPOSAL, null, null, true, OWNER, LATER, TODAY);

    assertThat(opportunity.probability()).isEqualTo(60);
    assertThat(opportunity.probabilityOverridden()).isFalse();
  }

  @Test
  void aNewOpportunityCannotStartWonOrLost() {
    assertThatThrownBy(
            () ->
                new Opportunity(
                    "O-1",
                    OpportunityFixtures.details(null),
                    WON,
                    OWNER,
                    UUID.randomUUID(),
                    OWNER,
                    START,
                    TODAY))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("opportunity.stage.new-open");
  }

  @Test
  void aMoveKeepsTheChangeFromTheOldStageToTheNew() {
    Opportunity opportunity = OpportunityFixtures.inquiry();

    OpportunityStageChange change =
        opportunity.moveTo(PROPOSAL, null, null, true, OWNER, LATER, TODAY);

    assertThat(change.fromStageId()).isEqualTo(INQUIRY.id());
    assertThat(change.toStageId()).isEqualTo(PROPOSAL.id());
    assertThat(change.enteredAt()).isEqualTo(LATER);
    assertThat(opportunity.stageEnteredAt()).isEqualTo(LATER);
    assertThat(opportunity.closedOn()).isNull();
  }

  @Test
  void aMoveToTheSameStageChangesNothing() {
    Opportunity opportunity = OpportunityFixtures.inquiry();

    assertThat(opportunity.moveTo(INQUIRY, null, null, true, OWNER, LATER, TODAY)).isNull();
    assertThat(opportunity.stageEnteredAt()).isEqualTo(START);
  }

  @Test
  void aStageOfAnotherPipelineIsRefused() {
    Opportunity opportunity = OpportunityFixtures.inquiry();
    StageRef elsewhere =
        new StageRef(UUID.randomUUID(), UUID.randomUUID(), "PROPOSAL", StageOutcome.OPEN, 60, true);

    assertThatThrownBy(() -> opportunity.moveTo(elsewhere, null, null, true, OWNER, LATER, TODAY))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("opportunity.stage.other-pipeline");
    assertThat(opportunity.stageId()).isEqualTo(INQUIRY.id());
  }

  @Test
  void wonSetsTheStatusTheProbabilityAndTheClosingDay() {
    Opportunity opportunity = OpportunityFixtures.won();

    assertThat(opportunity.status()).isEqualTo(OpportunityStatus.WON);
    assertThat(opportunity.probability()).isEqualTo(100);
    assertThat(opportunity.closedOn()).isEqualTo(TODAY);
  }

  @Test
  void lostWithoutAReasonIsRefusedAndChangesNothing() {
    Opportunity opportunity = OpportunityFixtures.proposal();

    assertThatThrownBy(() -> opportunity.moveTo(LOST, null, null, true, OWNER, LATER, TODAY))
        .isInstanceOf(BusinessRuleException.class)
        .satisfies(
            e ->
                assertThat(((BusinessRuleException) e).violations().get(0).field())
                    .isEqualTo("lostReason"));
    assertThat(opportunity.status()).isEqualTo(OpportunityStatus.OPEN);
    assertThat(opportunity.stageId()).isEqualTo(PROPOSAL.id());
  }

  @Test
  void lostToACompetitorNeedsTheCompetitor() {
    Opportunity opportunity = OpportunityFixtures.proposal();

    assertThatThrownBy(() -> opportunity.moveTo(LOST, COMPETITOR, "  ", true, OWNER, LATER, TODAY))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("opportunity.competitor.required");

    opportunity.moveTo(LOST, COMPETITOR, " Bright English ", true, OWNER, LATER, TODAY);
    assertThat(opportunity.status()).isEqualTo(OpportunityStatus.LOST);
    assertThat(opportunity.lostReasonId()).isEqualTo(COMPETITOR.id());
    assertThat(opportunity.competitor()).isEqualTo("Bright English");
    assertThat(opportunity.probability()).isZero();
  }

  @Test
  void lostForAnotherReasonTakesTheCompetitorWhenGiven() {
    Opportunity opportunity = OpportunityFixtures.lost();

    assertThat(opportunity.lostReasonId()).isEqualTo(PRICE.id());
    assertThat(opportunity.competitor()).isEqualTo("Bright English");
  }

  @Test
  void reopeningALostOpportunityNeedsTheRightAndClearsTheReason() {
    Opportunity opportunity = OpportunityFixtures.lost();

    assertThatThrownBy(() -> opportunity.moveTo(PROPOSAL, null, null, false, OWNER, LATER, TODAY))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("opportunity.reopen.refused");
    assertThat(opportunity.status()).isEqualTo(OpportunityStatus.LOST);

    OpportunityStageChange change =
        opportunity.moveTo(PROPOSAL, null, null, true, OWNER, LATER, TODAY);
    assertThat(change.fromStageId()).isEqualTo(LOST.id());
    assertThat(opportunity.status()).isEqualTo(OpportunityStatus.OPEN);
    assertThat(opportunity.lostReasonId()).isNull();
    assertThat(opportunity.closedOn()).isNull();
  }

  @Test
  void aWonOpportunityMayStillBeLostWithAReason() {
    Opportunity opportunity = OpportunityFixtures.won();

    opportunity.moveTo(LOST, PRICE, null, true, OWNER, LATER, TODAY);

    assertThat(opportunity.status()).isEqualTo(OpportunityStatus.LOST);
  }

  @Test
  void anInactiveStageIsRefused() {
    Opportunity opportunity = OpportunityFixtures.inquiry();
    StageRef retired =
        new StageRef(
            UUID.randomUUID(), OpportunityFixtures.PIPELINE, "OLD", StageOutcome.OPEN, 20, false);

    assertThatThrownBy(() -> opportunity.moveTo(retired, null, null, true, OWNER, LATER, TODAY))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("opportunity.stage.inactive");
  }

  @Test
  void theCodeHasSixDigits() {
    assertThat(OpportunityService.code(42)).isEqualTo("O-000042");
    assertThat(OpportunityService.currency("usd")).isEqualTo("USD");
    assertThat(OpportunityService.currency("XYZ")).isNull();
    assertThat(OpportunityService.currency("RMB")).isNull();
  }
}
