package io.pyra.interaction.web;

import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.interaction.task.TaskAccess;
import io.pyra.interaction.task.TaskPriority;
import io.pyra.interaction.task.TaskSources;
import io.pyra.interaction.task.TaskType;
import io.pyra.interaction.task.UserClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the task pages need besides the task: choices for the form and the user's time zone. */
@Component
class TaskPages {

  /** Where a status button may send the user back to (never an address taken from the request). */
  static final Set<String> RETURN_PAGES = Set.of("/my-day", "/tasks");

  private final TaskAccess access;
  private final UserClock clock;

  TaskPages(TaskAccess access, UserClock clock) {
    this.access = access;
    this.clock = clock;
  }

  void formOptions(
      Model model, TaskSources.Source source, UUID currentAssignee, String assigneeName) {
    List<UserSummary> assignees = new ArrayList<>(access.assignableUsers());
    if (currentAssignee != null
        && assignees.stream().noneMatch(u -> u.id().value().equals(currentAssignee))) {
      assignees.add(new UserSummary(new UserId(currentAssignee), null, assigneeName, null, true));
    }
    model.addAttribute("assignees", assignees);
    model.addAttribute("me", access.me());
    model.addAttribute("types", TaskType.values());
    model.addAttribute("priorities", TaskPriority.values());
    model.addAttribute("source", source);
    model.addAttribute("zone", clock.zone());
  }

  UUID me() {
    return access.me();
  }

  static String returnTo(String page, UUID taskId) {
    return page != null && RETURN_PAGES.contains(page) ? page : "/tasks/" + taskId;
  }
}
