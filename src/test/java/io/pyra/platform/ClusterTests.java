package io.pyra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.PyraApplication;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** Two Pyra nodes on one database: a user signs in on one and goes on on the other. */
@PyraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterTests {

  @LocalServerPort int port;
  @Autowired Environment environment;

  private ConfigurableApplicationContext secondNode;
  private int secondPort;

  @BeforeAll
  void startSecondNode() {
    // command-line arguments, so that they win over application.yml as they would in production
    secondNode =
        new SpringApplicationBuilder(PyraApplication.class)
            .run(
                "--spring.datasource.url="
                    + environment.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username="
                    + environment.getRequiredProperty("spring.datasource.username"),
                "--spring.datasource.password="
                    + environment.getProperty("spring.datasource.password", ""),
                "--server.port=0",
                "--spring.jmx.enabled=false",
                "--pyra.admin.password=" + PyraIntegrationTest.ADMIN_PASSWORD);
    secondPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
  }

  @AfterAll
  void stopSecondNode() {
    if (secondNode != null) {
      secondNode.close();
    }
  }

  @Test
  void aSessionStartedOnOneNodeContinuesOnTheOther() {
    PageClient first = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    PageClient second = first.onPort(secondPort);

    PageClient.Page home = second.get("/");

    assertThat(home.status()).isEqualTo(200);
    assertThat(home.document().select("#welcome").text()).contains("Administrator");
  }

  @Test
  void signingOutOnOneNodeEndsTheSessionOnTheOther() {
    PageClient first = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    PageClient second = first.onPort(secondPort);
    second.get("/");

    second.post("/logout", Map.of());

    assertThat(first.get("/").location()).endsWith("/login");
  }
}
