package io.pyra.interaction.web;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.interaction.task.TaskDirectory;
import io.pyra.interaction.task.TaskFilter;
import io.pyra.interaction.task.TaskStatus;
import io.pyra.interaction.task.UserClock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The fragment of the customer page's task panel: the customer's open tasks, by due time. */
@Controller
class TaskPanelWebController {

  private static final int SHOWN = 20;

  private final CustomerApi customers;
  private final TaskDirectory directory;
  private final UserClock clock;

  TaskPanelWebController(CustomerApi customers, TaskDirectory directory, UserClock clock) {
    this.customers = customers;
    this.directory = directory;
    this.clock = clock;
  }

  @GetMapping("/customers/{customerId}/tasks")
  String panel(@PathVariable UUID customerId, Model model) {
    customers.require("customer.read", CustomerId.ofNullable(customerId));
    TaskFilter open = new TaskFilter(null, TaskStatus.ACTIVE, customerId, null, null);
    var slice = directory.search(open, null, SHOWN);
    model.addAttribute("customerId", customerId);
    model.addAttribute("tasks", slice.items());
    model.addAttribute("more", slice.nextCursor() != null);
    model.addAttribute("zone", clock.zone());
    model.addAttribute("now", Instant.now());
    return "interaction/tasks/panel :: panel";
  }
}
