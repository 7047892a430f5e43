package io.pyra.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** {@code ./pyra run --demo}: a working training company at once, loaded only once. */
@PyraIntegrationTest
@TestPropertySource(properties = {"pyra.demo.enabled=true", "pyra.demo.customers=400"})
class DemoCompanyTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  @Test
  void theDemoCompanyHasCentresTeamsAUserForEveryRoleAndCustomers() {
    assertThat(count("select count(*) from identity_org_unit where kind = 'BRANCH'")).isEqualTo(3);
    assertThat(count("select count(*) from identity_org_unit where kind = 'TEAM'")).isEqualTo(6);
    assertThat(
            count(
                """
        select count(*) from identity_role r where r.system_role
           and not exists (select 1 from identity_user_role ur where ur.role_id = r.id)"""))
        .isZero();
    assertThat(count("select count(*) from customer_customer")).isEqualTo(400);
    assertThat(count("select count(*) from customer_customer where kind = 'ORGANIZATION'"))
        .isPositive();
    assertThat(count("select count(distinct stage) from customer_customer")).isEqualTo(6);
    assertThat(count("select count(distinct owner_id) from customer_customer")).isGreaterThan(5);
    assertThat(count("select count(*) from customer_contact")).isPositive();
    assertThat(jdbc.sql("select name from customer_customer").query(String.class).list())
        .anyMatch(
            name ->
                name.codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
        .anyMatch(name -> name.matches("[A-Za-z ]+"));
  }

  @Test
  void aDemoUserSignsInWithThePrintedPassword() {
    ApiClient.Response response =
        new ApiClient(port)
            .post(
                "/api/v1/auth/token",
                Map.of("username", "centre.principal", "password", "Pyra-Demo-2026"));

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void loadingTheDemoAgainChangesNothing() throws Exception {
    long units = count("select count(*) from identity_org_unit");
    long customers = count("select count(*) from customer_customer");
    ApplicationArguments args = new DefaultApplicationArguments();
    for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
      runner.run(args);
    }
    assertThat(count("select count(*) from identity_org_unit")).isEqualTo(units);
    assertThat(count("select count(*) from customer_customer")).isEqualTo(customers);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
