package io.pyra.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.PyraIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code ./pyra run --demo}: the demo company has jobs in many countries and a contact history,
 * loaded once.
 */
@PyraIntegrationTest
@TestPropertySource(
    properties = {
      "pyra.demo.enabled=true",
      "pyra.demo.customers=300",
      "pyra.demo.contact-records=250"
    })
class InteractionDemoTests {

  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  @Test
  void theDemoCompanyHasJobsInSeveralCountriesAndContactRecordsByTheOwners() throws Exception {
    assertThat(count("select count(*) from interaction_record")).isEqualTo(250);
    assertThat(count("select count(*) from interaction_job")).isPositive();
    assertThat(count("select count(distinct country) from interaction_job")).isGreaterThan(3);
    assertThat(count("select count(distinct type_id) from interaction_record")).isGreaterThan(5);
    assertThat(
            count(
                "select count(*) from interaction_record r join customer_customer c on c.id = r.customer_id "
                    + "where r.author_id <> c.owner_id"))
        .isZero();
    assertThat(count("select count(*) from interaction_record where job_id is not null"))
        .isPositive();

    for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
      runner.run(new DefaultApplicationArguments());
    }
    assertThat(count("select count(*) from interaction_record")).isEqualTo(250);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
