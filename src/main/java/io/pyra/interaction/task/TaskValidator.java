package io.pyra.interaction.task;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Checks a task as described by a user and turns it into {@link TaskDetails}: every broken rule at
 * once, each naming its field. Giving the task to someone out of the user's reach is refused (403).
 */
@Component
class TaskValidator {

  static final int TITLE_MAX = 300;
  static final int NOTES_MAX = 4000;

  private final TaskAccess access;
  private final TaskLinks links;
  private final IdentityApi identity;

  TaskValidator(TaskAccess access, TaskLinks links, IdentityApi identity) {
    this.access = access;
    this.links = links;
    this.identity = identity;
  }

  /**
   * {@code existing} is the task being changed, or null for a new one created at {@code createdAt}.
   */
  TaskDetails validate(SaveTask command, Task existing, Instant createdAt) {
    List<RuleViolation> violations = new ArrayList<>();
    String title = command.title() == null ? "" : command.title().strip();
    if (title.isEmpty()) {
      violations.add(new RuleViolation("title", "required", "task.title.required"));
    } else if (title.length() > TITLE_MAX) {
      violations.add(new RuleViolation("title", "size", "task.title.size", TITLE_MAX));
    }
    TaskType type =
        command.type() == null || command.type().isBlank()
            ? null
            : parse(TaskType.class, command.type(), "type", "task.type.unknown", violations);
    if (command.type() == null || command.type().isBlank()) {
      violations.add(new RuleViolation("type", "required", "task.type.required"));
    }
    TaskPriority priority =
        command.priority() == null || command.priority().isBlank()
            ? TaskPriority.NORMAL
            : parse(
                TaskPriority.class,
                command.priority(),
                "priority",
                "task.priority.unknown",
                violations);
    if (command.dueAt() == null) {
      violations.add(new RuleViolation("dueAt", "required", "task.dueAt.required"));
    } else if (command.dueAt().isBefore(createdAt)) {
      violations.add(new RuleViolation("dueAt", "before-creation", "task.dueAt.before-creation"));
    }
    String notes =
        command.notes() == null || command.notes().isBlank() ? null : command.notes().strip();
    if (notes != null && notes.length() > NOTES_MAX) {
      violations.add(new RuleViolation("notes", "size", "task.notes.size", NOTES_MAX));
    }
    UUID assigneeId = command.assigneeId() == null ? access.me() : command.assigneeId();
    Optional<UserSummary> assignee = identity.user(UserId.ofNullable(assigneeId));
    if (assignee.isEmpty()) {
      violations.add(new RuleViolation("assigneeId", "not-found", "task.assignee.unknown"));
    } else if (!assignee.get().active()) {
      violations.add(
          new RuleViolation(
              "assigneeId", "inactive", "task.assignee.inactive", assignee.get().displayName()));
    }
    UUID customerId = links.customer(command, existing, violations);
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    boolean reassigned = existing == null || !existing.assigneeId().equals(assigneeId);
    if (reassigned && !access.mayAssignTo(assigneeId)) {
      throw new AccessRefusedException("task.assign does not reach user " + assigneeId);
    }
    return new TaskDetails(
        customerId,
        command.recordId(),
        command.jobId(),
        title,
        type,
        assigneeId,
        command.dueAt(),
        priority,
        notes);
  }

  static TaskStatus status(String value) {
    List<RuleViolation> violations = new ArrayList<>();
    TaskStatus status =
        value == null || value.isBlank()
            ? null
            : parse(TaskStatus.class, value, "status", "task.status.unknown", violations);
    if (status == null) {
      throw violations.isEmpty()
          ? new BusinessRuleException("status", "required", "task.status.required")
          : new BusinessRuleException(violations);
    }
    return status;
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, String field, String key, List<RuleViolation> violations) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      violations.add(new RuleViolation(field, "one-of", key, value.strip()));
      return null;
    }
  }
}
