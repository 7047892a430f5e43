package io.pyra.interaction.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.interaction.task.TaskAccess;
import io.pyra.interaction.task.TaskDirectory;
import io.pyra.interaction.task.TaskFilter;
import io.pyra.interaction.task.TaskRow;
import io.pyra.interaction.task.TaskStatus;
import io.pyra.interaction.task.UserClock;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.Slice;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The task list: by default the user's own open tasks; filters by status, due time (overdue, today,
 * this week, in the user's time zone) and assignee (anyone the user may give tasks to, or everyone
 * whose tasks they see); cursor paging.
 */
@Controller
class TaskListWebController {

  private static final int PAGE_SIZE = 50;

  private final TaskDirectory directory;
  private final TaskAccess access;
  private final UserClock clock;

  TaskListWebController(TaskDirectory directory, TaskAccess access, UserClock clock) {
    this.directory = directory;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping("/tasks")
  String list(
      @RequestParam(defaultValue = "open") String status,
      @RequestParam(defaultValue = "") String due,
      @RequestParam(defaultValue = "me") String assignee,
      @RequestParam(required = false) String customerId,
      @RequestParam(required = false) String cursor,
      HtmxRequest htmx,
      HttpServletResponse response,
      Model model) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("status", status);
    params.put("due", due);
    params.put("assignee", assignee);
    if (customerId != null && !customerId.isBlank()) {
      params.put("customerId", customerId);
    }
    Slice<TaskRow> slice;
    try {
      slice = directory.search(filter(status, due, assignee, customerId), cursor, PAGE_SIZE);
    } catch (BusinessRuleException | IllegalArgumentException e) {
      model.addAttribute("filterError", true);
      params = new LinkedHashMap<>(Map.of("status", "open", "due", "", "assignee", "me"));
      slice = directory.search(filter("open", "", "me", null), null, PAGE_SIZE);
    }
    model.addAttribute("tasks", slice.items());
    model.addAttribute("params", params);
    model.addAttribute(
        "nextUrl", slice.nextCursor() == null ? null : url(params, slice.nextCursor()));
    model.addAttribute("zone", clock.zone());
    model.addAttribute("now", Instant.now());
    model.addAttribute("me", access.me());
    response.addHeader("Vary", "HX-Request");
    if (htmx.isHtmxRequest()) {
      return "interaction/tasks/list :: results";
    }
    model.addAttribute("statuses", TaskStatus.values());
    model.addAttribute("assignees", access.assignableUsers());
    return "interaction/tasks/list";
  }

  private TaskFilter filter(String status, String due, String assignee, String customerId) {
    Set<TaskStatus> statuses =
        switch (status) {
          case "open" -> TaskStatus.ACTIVE;
          case "all", "" -> EnumSet.allOf(TaskStatus.class);
          default -> EnumSet.of(TaskStatus.valueOf(status));
        };
    UUID assigneeId =
        switch (assignee) {
          case "me" -> access.me();
          case "all", "" -> null;
          default -> UUID.fromString(assignee);
        };
    Instant now = Instant.now();
    UserClock.Day today = clock.today(now);
    UUID customer = customerId == null || customerId.isBlank() ? null : UUID.fromString(customerId);
    TaskFilter filter = new TaskFilter(assigneeId, statuses, customer, null, null);
    return switch (due) {
      case "overdue" -> new TaskFilter(assigneeId, TaskStatus.ACTIVE, customer, null, now);
      case "today" -> filter.due(today.start(), today.end());
      case "week" -> filter.due(today.start(), today.start().plus(java.time.Duration.ofDays(7)));
      case "" -> filter;
      default -> throw new IllegalArgumentException("due " + due);
    };
  }

  private static String url(Map<String, String> params, String cursor) {
    UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/tasks");
    params.forEach(builder::queryParam);
    return builder.queryParam("cursor", cursor).encode().build().toUriString();
  }
}
