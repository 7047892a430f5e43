package io.pyra.interaction.web;

import io.pyra.interaction.task.SaveTask;
import io.pyra.interaction.task.Task;
import io.pyra.interaction.task.TaskAccess;
import io.pyra.interaction.task.TaskDirectory;
import io.pyra.interaction.task.TaskFilter;
import io.pyra.interaction.task.TaskRow;
import io.pyra.interaction.task.TaskService;
import io.pyra.interaction.task.TaskStatus;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.idempotency.IdempotentRequests;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tasks over the API: create (idempotent with an {@code Idempotency-Key}), read, list the tasks the
 * caller may see with filters and a cursor, change with {@code If-Match} (fields and status).
 */
@Tag(name = "Tasks")
@RestController
@RequestMapping("/api/v1/tasks")
class TaskRestController {

  /** A task as a client sends it; on a PATCH only the fields present change. */
  record TaskRequest(
      UUID customerId,
      UUID recordId,
      UUID jobId,
      @Size(max = 300) String title,
      @Size(max = 30) String type,
      UUID assigneeId,
      @Size(max = 40) String dueAt,
      @Size(max = 8) String priority,
      @Size(max = 12) String status,
      @Size(max = 4000) String notes) {}

  record TaskList(List<TaskJson> items, String nextCursor) {}

  private final TaskService tasks;
  private final TaskDirectory directory;
  private final TaskAccess access;
  private final IdempotentRequests idempotency;
  private final JsonMapper json;

  TaskRestController(
      TaskService tasks,
      TaskDirectory directory,
      TaskAccess access,
      IdempotentRequests idempotency,
      JsonMapper json) {
    this.tasks = tasks;
    this.directory = directory;
    this.access = access;
    this.idempotency = idempotency;
    this.json = json;
  }

  @Operation(
      summary =
          "Create a task (status OPEN; assignee defaults to the caller); an Idempotency-Key makes a "
              + "retried create return the first result")
  @PostMapping
  ResponseEntity<TaskJson> create(
      @RequestBody TaskRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    if (request.status() != null && TaskService.status(request.status()) != TaskStatus.OPEN) {
      throw new BusinessRuleException("status", "transition", "task.status.new");
    }
    return idempotency.once(
        idempotencyKey,
        access.me(),
        request,
        () -> created(tasks.create(command(request))),
        first ->
            created(
                tasks.get(
                    UUID.fromString(
                        first.location().substring(first.location().lastIndexOf('/') + 1)))));
  }

  @Operation(summary = "Read one task you may see (assignee, creator, or a reader of its customer)")
  @GetMapping("/{id}")
  ResponseEntity<TaskJson> get(@PathVariable UUID id) {
    TaskJson task = read(id);
    return ResponseEntity.ok().eTag(ETags.of(task.version())).body(task);
  }

  @Operation(
      summary =
          "List the tasks you may see, by due time. Filters: assigneeId, status (repeatable or "
              + "comma-separated), customerId, dueBefore (exclusive); limit (max 200); cursor = nextCursor of the previous page")
  @GetMapping
  TaskList list(
      @RequestParam(required = false) UUID assigneeId,
      @RequestParam(required = false) List<String> status,
      @RequestParam(required = false) UUID customerId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          OffsetDateTime dueBefore,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String cursor) {
    Set<TaskStatus> statuses = EnumSet.noneOf(TaskStatus.class);
    if (status != null) {
      status.stream().filter(s -> !s.isBlank()).forEach(s -> statuses.add(TaskService.status(s)));
    }
    Slice<TaskRow> slice =
        directory.search(
            new TaskFilter(
                assigneeId,
                statuses,
                customerId,
                null,
                dueBefore == null ? null : dueBefore.toInstant()),
            cursor,
            limit);
    return new TaskList(slice.items().stream().map(TaskJson::of).toList(), slice.nextCursor());
  }

  @Operation(summary = "Change the given fields and/or the status of a task (If-Match required)")
  @PatchMapping("/{id}")
  ResponseEntity<TaskJson> patch(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = @Content(schema = @Schema(implementation = TaskRequest.class)))
          @RequestBody
          JsonNode body,
      HttpServletRequest http) {
    TaskRequest patch = read(body, http);
    Task current = tasks.writable(id);
    long version = ETags.required(ifMatch, "task");
    boolean describes =
        List.of(
                "customerId",
                "recordId",
                "jobId",
                "title",
                "type",
                "assigneeId",
                "dueAt",
                "priority",
                "notes")
            .stream()
            .anyMatch(body::has);
    SaveTask command =
        !describes
            ? null
            : new SaveTask(
                body.has("customerId") ? patch.customerId() : current.customerId(),
                body.has("recordId") ? patch.recordId() : current.recordId(),
                body.has("jobId") ? patch.jobId() : current.jobId(),
                body.has("title") ? patch.title() : current.title(),
                body.has("type") ? patch.type() : current.type().name(),
                body.has("assigneeId") ? patch.assigneeId() : current.assigneeId(),
                body.has("dueAt") ? instant(patch.dueAt()) : current.dueAt(),
                body.has("priority") ? patch.priority() : current.priority().name(),
                body.has("notes") ? patch.notes() : current.notes());
    TaskStatus status = body.has("status") ? TaskService.status(patch.status()) : null;
    tasks.change(id, version, command, status);
    TaskJson task = read(id);
    return ResponseEntity.ok().eTag(ETags.of(task.version())).body(task);
  }

  private static SaveTask command(TaskRequest request) {
    return new SaveTask(
        request.customerId(),
        request.recordId(),
        request.jobId(),
        request.title(),
        request.type(),
        request.assigneeId(),
        instant(request.dueAt()),
        request.priority(),
        request.notes());
  }

  /** An ISO-8601 time with offset ({@code 2026-11-25T09:00:00+08:00} or {@code …Z}). */
  private static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException("dueAt", "type", "task.dueAt.invalid");
    }
  }

  private ResponseEntity<TaskJson> created(Task task) {
    TaskJson body = read(task.id());
    return ResponseEntity.created(URI.create("/api/v1/tasks/" + body.id()))
        .eTag(ETags.of(body.version()))
        .body(body);
  }

  private TaskJson read(UUID id) {
    return directory
        .find(id)
        .map(TaskJson::of)
        .orElseThrow(() -> new RecordNotFoundException("task", id));
  }

  private TaskRequest read(JsonNode body, HttpServletRequest request) {
    if (body == null || !body.isObject()) {
      throw new HttpMessageNotReadableException(
          "a JSON object is expected", new ServletServerHttpRequest(request));
    }
    try {
      return json.treeToValue(body, TaskRequest.class);
    } catch (JacksonException e) {
      throw new HttpMessageNotReadableException(
          e.getOriginalMessage(), e, new ServletServerHttpRequest(request));
    }
  }
}
