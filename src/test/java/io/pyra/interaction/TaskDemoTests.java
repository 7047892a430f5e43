package io.pyra.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code ./pyra run --demo}: the demo staff find open, overdue and today's tasks on My day at once.
 */
@PyraIntegrationTest
@TestPropertySource(properties = {"pyra.demo.enabled=true", "pyra.demo.customers=400"})
class TaskDemoTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void theDemoStaffHaveOpenOverdueAndDoneTasksForTheirCustomers() {
    assertThat(
            count("select count(*) from interaction_task where status in ('OPEN', 'IN_PROGRESS')"))
        .isPositive();
    assertThat(count("select count(*) from interaction_task where status = 'DONE'")).isPositive();
    assertThat(count("select count(distinct assignee_id) from interaction_task")).isGreaterThan(5);
    assertThat(
            count(
                """
        select count(*) from interaction_task t join customer_customer c on c.id = t.customer_id
         where c.owner_id <> t.assignee_id"""))
        .isZero();
    assertThat(count("select count(*) from interaction_notification where kind = 'TASK_ASSIGNED'"))
        .isPositive();

    Document day =
        new PageClient(port).signIn("course.consultant", "Pyra-Demo-2026").get("/").document();
    assertThat(day.select("#overdue-tasks .task-row")).isNotEmpty();
    assertThat(day.select("#contact-today .contact-customer")).isNotEmpty();
    assertThat(day.select("#newly-assigned .newly-assigned-task")).isNotEmpty();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
