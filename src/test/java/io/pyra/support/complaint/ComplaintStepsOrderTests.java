package io.pyra.support.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyra.platform.error.BusinessRuleException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order of the seven steps: a step only after the ones before it, once. */
class ComplaintStepsOrderTests {

  private static Map<ComplaintStep, DoneStep> done(ComplaintStep... steps) {
    Map<ComplaintStep, DoneStep> done = new EnumMap<>(ComplaintStep.class);
    for (ComplaintStep s : steps) {
      done.put(s, new DoneStep(s, Instant.EPOCH, null, null, false, null));
    }
    return done;
  }

  @Test
  void theCurrentStepIsTheFirstNotDoneAndNoneWhenAllSevenAre() {
    assertThat(ComplaintSteps.current(done())).isEqualTo(ComplaintStep.ACKNOWLEDGEMENT);
    assertThat(
            ComplaintSteps.current(
                done(ComplaintStep.ACKNOWLEDGEMENT, ComplaintStep.APOLOGY_AND_EXPLANATION)))
        .isEqualTo(ComplaintStep.RESOLUTION_PROPOSAL);
    // resolved through the case's workflow before the earlier steps: the first gap is current
    assertThat(ComplaintSteps.current(done(ComplaintStep.RESOLUTION)))
        .isEqualTo(ComplaintStep.ACKNOWLEDGEMENT);
    assertThat(ComplaintSteps.current(done(ComplaintStep.values()))).isNull();
  }

  @Test
  void aStepIsRecordedOnlyAfterTheOnesBeforeItAndOnlyOnce() {
    ComplaintSteps.requireNext(ComplaintStep.ACKNOWLEDGEMENT, done());
    ComplaintSteps.requireNext(
        ComplaintStep.RESOLUTION_PROPOSAL,
        done(ComplaintStep.ACKNOWLEDGEMENT, ComplaintStep.APOLOGY_AND_EXPLANATION));

    assertThatThrownBy(() -> ComplaintSteps.requireNext(ComplaintStep.COMPENSATION, done()))
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> {
              assertThat(e.violations().get(0).field()).isEqualTo("step");
              assertThat(e.violations().get(0).rule()).isEqualTo("order");
            });
    assertThatThrownBy(
            () ->
                ComplaintSteps.requireNext(
                    ComplaintStep.ACKNOWLEDGEMENT, done(ComplaintStep.ACKNOWLEDGEMENT)))
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> assertThat(e.violations().get(0).rule()).isEqualTo("done"));
  }

  @Test
  void stepCodesAreReadWhateverTheirCase() {
    assertThat(ComplaintStep.parse(" follow_up ")).contains(ComplaintStep.FOLLOW_UP);
    assertThat(ComplaintStep.parse("SOMETHING")).isEmpty();
    assertThat(ComplaintStep.parse(null)).isEmpty();
  }
}
