package io.pyra.interaction.task;

import static io.pyra.interaction.task.TaskFixtures.CREATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskTests {

  private static final Instant LATER = CREATED.plus(Duration.ofHours(3));

  @Test
  void startsOpenWithItsCreatorAndNoCompletionTime() {
    Task task = TaskFixtures.open();

    assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
    assertThat(task.createdBy()).isEqualTo(TaskFixtures.CREATOR);
    assertThat(task.assigneeId()).isEqualTo(TaskFixtures.ASSIGNEE);
    assertThat(task.createdAt()).isEqualTo(CREATED);
    assertThat(task.completedAt()).isNull();
  }

  @Test
  void recordsWhenItIsDone() {
    Task task = TaskFixtures.inProgress();

    task.moveTo(TaskStatus.DONE, LATER);

    assertThat(task.status()).isEqualTo(TaskStatus.DONE);
    assertThat(task.completedAt()).isEqualTo(LATER);
    assertThat(task.updatedAt()).isEqualTo(LATER);
  }

  @Test
  void goesBackFromInProgressToOpen() {
    Task task = TaskFixtures.inProgress();

    task.moveTo(TaskStatus.OPEN, LATER);

    assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
    assertThat(task.completedAt()).isNull();
  }

  @Test
  void cancelsAnOpenTaskWithoutACompletionTime() {
    Task task = TaskFixtures.open();

    task.moveTo(TaskStatus.CANCELLED, LATER);

    assertThat(task.status()).isEqualTo(TaskStatus.CANCELLED);
    assertThat(task.completedAt()).isNull();
  }

  @Test
  void refusesReopeningACancelledTask() {
    Task task = TaskFixtures.cancelled();

    assertRefused(() -> task.moveTo(TaskStatus.OPEN, LATER), "transition", "CANCELLED");
    assertThat(task.status()).isEqualTo(TaskStatus.CANCELLED);
  }

  @Test
  void refusesReopeningADoneTask() {
    Task task = TaskFixtures.done();
    Instant completed = task.completedAt();

    assertRefused(() -> task.moveTo(TaskStatus.IN_PROGRESS, LATER), "transition", "DONE");
    assertThat(task.status()).isEqualTo(TaskStatus.DONE);
    assertThat(task.completedAt()).isEqualTo(completed);
  }

  @Test
  void refusesCancellingADoneTask() {
    Task task = TaskFixtures.done();

    assertRefused(() -> task.moveTo(TaskStatus.CANCELLED, LATER), "transition", "DONE");
  }

  @Test
  void acceptsMovingToTheStatusItAlreadyHas() {
    Task task = TaskFixtures.done();
    Instant completed = task.completedAt();

    task.moveTo(TaskStatus.DONE, LATER);

    assertThat(task.completedAt()).isEqualTo(completed);
  }

  @Test
  void isReassignedWhileActive() {
    Task task = TaskFixtures.inProgress();
    UUID colleague = UUID.randomUUID();

    task.describe(withAssignee(colleague), LATER);

    assertThat(task.assigneeId()).isEqualTo(colleague);
    assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(task.updatedAt()).isEqualTo(LATER);
  }

  @Test
  void refusesReassigningADoneTask() {
    Task task = TaskFixtures.done();

    assertRefused(() -> task.describe(withAssignee(UUID.randomUUID()), LATER), "closed", "DONE");
    assertThat(task.assigneeId()).isEqualTo(TaskFixtures.ASSIGNEE);
  }

  @Test
  void refusesEditingACancelledTask() {
    Task task = TaskFixtures.cancelled();

    assertRefused(() -> task.describe(TaskFixtures.callBack(), LATER), "closed", "CANCELLED");
  }

  private static TaskDetails withAssignee(UUID assigneeId) {
    TaskDetails d = TaskFixtures.callBack();
    return new TaskDetails(
        d.customerId(),
        d.recordId(),
        d.jobId(),
        d.title(),
        d.type(),
        assigneeId,
        d.dueAt(),
        d.priority(),
        d.notes());
  }

  private static void assertRefused(Runnable change, String rule, String status) {
    assertThatThrownBy(change::run)
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> {
              RuleViolation v = e.violations().get(0);
              assertThat(v.field()).isEqualTo("status");
              assertThat(v.rule()).isEqualTo(rule);
              assertThat(v.messageKey()).endsWith("." + status);
            });
  }
}
