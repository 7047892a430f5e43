package io.pyra.interaction.task;

import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.StaleVersionException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes tasks for the signed-in user: checks the input, who may see and change the
 * task, and the version the user read; tells the assignee when someone else gave them the task.
 */
@Service
@Transactional
public class TaskService {

  private final TaskRepository tasks;
  private final TaskValidator validator;
  private final TaskAccess access;
  private final ApplicationEventPublisher events;

  TaskService(
      TaskRepository tasks,
      TaskValidator validator,
      TaskAccess access,
      ApplicationEventPublisher events) {
    this.tasks = tasks;
    this.validator = validator;
    this.access = access;
    this.events = events;
  }

  public Task create(SaveTask command) {
    Instant now = Instant.now();
    Task task =
        tasks.saveAndFlush(new Task(validator.validate(command, null, now), access.me(), now));
    announce(task, null);
    return task;
  }

  /**
   * Changes the task's description and, when {@code status} is given, its status, both against the
   * version the user read; {@code command} null changes only the status.
   */
  public Task change(UUID id, long version, SaveTask command, TaskStatus status) {
    Task task = writable(id);
    if (task.version() != version) {
      throw new StaleVersionException("task", version, task.version());
    }
    Instant now = Instant.now();
    UUID assigneeBefore = task.assigneeId();
    if (command != null) {
      task.describe(validator.validate(command, task, task.createdAt()), now);
    }
    if (status != null) {
      task.moveTo(status, now);
    }
    tasks.saveAndFlush(task);
    announce(task, assigneeBefore);
    return task;
  }

  /** The task, when the current user may see it; otherwise not found. */
  @Transactional(readOnly = true)
  public Task get(UUID id) {
    Task task = tasks.findById(id).orElseThrow(() -> new RecordNotFoundException("task", id));
    if (!access.sees(task)) {
      throw new RecordNotFoundException("task", id);
    }
    return task;
  }

  /**
   * The task, when the current user may change it: not found when they may not see it, refused when
   * only see.
   */
  @Transactional(readOnly = true)
  public Task writable(UUID id) {
    Task task = get(id);
    if (!access.changes(task)) {
      throw new AccessRefusedException("may not change task " + id);
    }
    return task;
  }

  @Transactional(readOnly = true)
  public boolean mayChange(Task task) {
    return access.changes(task);
  }

  /** A status by its code; an unknown or missing code is a broken rule naming {@code status}. */
  public static TaskStatus status(String code) {
    return TaskValidator.status(code);
  }

  private void announce(Task task, UUID assigneeBefore) {
    UUID me = access.me();
    if (!task.assigneeId().equals(me) && !task.assigneeId().equals(assigneeBefore)) {
      events.publishEvent(
          new TaskAssigned(task.id(), task.assigneeId(), me, task.title(), task.customerId()));
    }
  }
}
