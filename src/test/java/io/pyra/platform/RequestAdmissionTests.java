package io.pyra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.pyra.testing.ApiClient;
import io.pyra.testing.TestDatabaseInitializer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests past the number allowed to work at once wait their turn, and are answered 503 with
 * Retry-After when it does not come in time; health probes never wait. One request is let in at a
 * time here, and a request marked {@code X-Test-Hold} keeps its turn until the test lets go. The
 * test waits for what it watches (a request held, a request seen waiting), never for a time.
 */
@Tag("integration")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "pyra.admin.password=Pyra-Secret-2026",
      "pyra.web.concurrent-requests=1",
      "pyra.web.admission-timeout=3s"
    })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class RequestAdmissionTests {

  static final CountDownLatch HELD = new CountDownLatch(1);
  static final CountDownLatch RELEASE = new CountDownLatch(1);

  @TestConfiguration
  static class Hold {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> holdingFilter() {
      FilterRegistrationBean<OncePerRequestFilter> registration =
          new FilterRegistrationBean<>(
              new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(
                    HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                  if (request.getHeader("X-Test-Hold") != null) {
                    HELD.countDown();
                    try {
                      RELEASE.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }
                  chain.doFilter(request, response);
                }
              });
      registration.setOrder(
          Ordered.HIGHEST_PRECEDENCE + 6); // right after the admission, before sign-in
      return registration;
    }
  }

  @LocalServerPort int port;
  @Autowired MeterRegistry meters;

  @Test
  void aRequestWaitsItsTurnAndIsToldToRetryWhenTheServerStaysBusy() throws Exception {
    ApiClient client = new ApiClient(port);
    CompletableFuture<ApiClient.Response> holder =
        CompletableFuture.supplyAsync(
            () ->
                client.send(client.builder("/api/v1/customers").header("X-Test-Hold", "1").GET()));
    assertThat(HELD.await(10, TimeUnit.SECONDS)).isTrue();

    // the only turn is taken: a health probe still answers, an API call waits and is then refused
    assertThat(client.get("/actuator/health/liveness").status()).isEqualTo(200);
    ApiClient.Response busy = client.get("/api/v1/customers");
    assertThat(busy.status()).isEqualTo(503);
    assertThat(busy.header("Retry-After")).isEqualTo("5");
    assertThat(busy.json().get("detail").asString())
        .isEqualTo("The server is busy; try again in a few seconds.");
    ApiClient.Response busyZh =
        client.send(client.builder("/api/v1/customers").header("Accept-Language", "zh-CN").GET());
    assertThat(busyZh.status()).isEqualTo(503);
    assertThat(busyZh.json().get("detail").asString()).isEqualTo("服务器正忙，请几秒钟后再试。");

    // once the held request is done, the one waiting its turn is let in (and meets the usual
    // sign-in rule): released as soon as it is seen waiting, well within its 3 s
    CompletableFuture<ApiClient.Response> waiting =
        CompletableFuture.supplyAsync(() -> client.get("/api/v1/customers"));
    Gauge queue = meters.get("pyra.requests.waiting").gauge();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (queue.value() < 1 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(queue.value()).as("requests waiting for their turn").isEqualTo(1);
    RELEASE.countDown();
    assertThat(holder.get(10, TimeUnit.SECONDS).status()).isEqualTo(401);
    assertThat(waiting.get(10, TimeUnit.SECONDS).status()).isEqualTo(401);
  }
}
