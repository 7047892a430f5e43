package io.pyra.scheduling;

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
 * {@code ./pyra run --demo}: each of the three centres has two rooms, a PC set, a projector, spare
 * hardware and instructors with courses, its hours with a lunch break and the National Day holiday;
 * loaded once. (The same properties as the sales demo's test: one application for both.)
 */
@PyraIntegrationTest
@TestPropertySource(
    properties = {
      "pyra.demo.enabled=true",
      "pyra.demo.customers=300",
      "pyra.demo.contact-records=50",
      "pyra.demo.orders=1200",
      "pyra.demo.opportunities=200"
    })
class SchedulingDemoTests {

  // the demo's codes start with its centres' codes; other tests' resources are left out
  private static final String DEMO =
      " and (code like 'BJ-%' or code like 'SH-%' or code like 'HK-%')";

  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  @Test
  void everyCentreHasItsResourcesHoursAndHolidayOnce() throws Exception {
    assertThat(count("select count(*) from scheduling_resource where kind = 'ROOM'" + DEMO))
        .isEqualTo(6);
    assertThat(count("select count(*) from scheduling_resource where kind = 'PC_SET'" + DEMO))
        .isEqualTo(3);
    assertThat(count("select count(*) from scheduling_resource where kind = 'INSTRUCTOR'" + DEMO))
        .isBetween(6L, 9L);
    assertThat(
            count(
                """
                select count(*) from scheduling_resource r where r.kind = 'INSTRUCTOR'
                   and not exists (select 1 from scheduling_instructor_course c
                                    where c.resource_id = r.id)"""))
        .as("every instructor teaches a course")
        .isZero();
    // five weekdays of two intervals and two weekend days of one, per centre
    assertThat(
            count(
                """
                select count(*) from scheduling_hours h
                  join identity_org_unit_view u on u.id = h.org_unit_id
                 where u.code in ('BJ', 'SH', 'HK')"""))
        .isEqualTo(3 * (5 * 2 + 2));
    assertThat(count("select count(*) from scheduling_closure where reason = 'National Day 国庆节'"))
        .isEqualTo(3);

    long before = count("select count(*) from scheduling_resource");
    ApplicationRunner demo = (ApplicationRunner) context.getBean("schedulingDemo");
    demo.run(new DefaultApplicationArguments());
    assertThat(count("select count(*) from scheduling_resource")).isEqualTo(before);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
