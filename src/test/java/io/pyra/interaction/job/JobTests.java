package io.pyra.interaction.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyra.platform.error.BusinessRuleException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobTests {

  @Test
  void startsOpenOrActive() {
    assertThat(JobFixtures.open().status()).isEqualTo(JobStatus.OPEN);
    assertThat(new Job("J-2", UUID.randomUUID(), JobStatus.ACTIVE, null, null).status())
        .isEqualTo(JobStatus.ACTIVE);
  }

  @Test
  void refusesStartingOnHoldOrEnded() {
    for (JobStatus status :
        new JobStatus[] {JobStatus.ON_HOLD, JobStatus.COMPLETED, JobStatus.CANCELLED}) {
      assertThatThrownBy(() -> new Job("J-3", UUID.randomUUID(), status, null, null))
          .isInstanceOfSatisfying(
              BusinessRuleException.class,
              e -> assertThat(e.violations().get(0).rule()).isEqualTo("initial"));
    }
  }

  @Test
  void isPutOnHoldAndResumed() {
    Job job = JobFixtures.onHold();

    job.moveTo(JobStatus.ACTIVE);

    assertThat(job.status()).isEqualTo(JobStatus.ACTIVE);
  }

  @Test
  void isCompletedOnceActive() {
    assertThat(JobFixtures.completed().status()).isEqualTo(JobStatus.COMPLETED);
  }

  @Test
  void refusesCompletingAJobThatNeverStarted() {
    Job job = JobFixtures.open();

    assertRefusedMove(job, JobStatus.COMPLETED);
    assertThat(job.status()).isEqualTo(JobStatus.OPEN);
  }

  @Test
  void refusesCompletingAJobOnHold() {
    assertRefusedMove(JobFixtures.onHold(), JobStatus.COMPLETED);
  }

  @Test
  void refusesReopeningACompletedJob() {
    Job job = JobFixtures.completed();

    for (JobStatus next : new JobStatus[] {JobStatus.OPEN, JobStatus.ACTIVE, JobStatus.ON_HOLD}) {
      assertRefusedMove(job, next);
    }
    assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
  }

  @Test
  void refusesReopeningACancelledJob() {
    Job job = JobFixtures.cancelled();

    assertRefusedMove(job, JobStatus.ACTIVE);
    assertRefusedMove(job, JobStatus.COMPLETED);
    assertThat(job.status()).isEqualTo(JobStatus.CANCELLED);
  }

  @Test
  void acceptsStayingInItsStatusEvenWhenEnded() {
    Job job = JobFixtures.completed();

    job.moveTo(JobStatus.COMPLETED);

    assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
  }

  @Test
  void keepsWhatItIsAcrossStatusChanges() {
    Job job = JobFixtures.onHold();

    assertThat(job.name()).isEqualTo("Campus refit");
    assertThat(job.country()).isEqualTo("CN");
    assertThat(job.code()).isEqualTo("J-000001");
  }

  @Test
  void readsAStatusCodeWrittenAnyWay() {
    assertThat(JobStatus.parse(" on_hold ")).contains(JobStatus.ON_HOLD);
    assertThat(JobStatus.parse("paused")).isEmpty();
    assertThat(JobStatus.parse(null)).isEmpty();
  }

  private static void assertRefusedMove(Job job, JobStatus next) {
    assertThatThrownBy(() -> job.moveTo(next))
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> {
              assertThat(e.violations().get(0).field()).isEqualTo("status");
              assertThat(e.violations().get(0).rule()).isEqualTo("transition");
              assertThat(e.violations().get(0).messageKey())
                  .isEqualTo("interaction.job.status.transition");
            });
  }
}
