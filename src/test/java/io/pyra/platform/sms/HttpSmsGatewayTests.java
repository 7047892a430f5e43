package io.pyra.platform.sms;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP adapter of the SMS gateway against a small real HTTP server started here (the JDK's):
 * the message goes out as JSON with the bearer token; a 2xx answer is accepted with the gateway's
 * id, any other answer and a gateway that does not answer in time are refused receipts, and the
 * token appears in no log line and no receipt.
 */
class HttpSmsGatewayTests {

  static final String TOKEN = "s3cret-token-" + System.nanoTime();
  static final JsonMapper JSON = JsonMapper.builder().build();

  HttpServer server;
  final Map<String, String> seen = new ConcurrentHashMap<>();
  volatile int status = 200;
  volatile String answer = "{\"id\":\"gw-42\"}";
  final CountDownLatch release = new CountDownLatch(1);
  volatile boolean hang;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/sms", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    seen.put("method", exchange.getRequestMethod());
    seen.put(
        "authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
    seen.put("contentType", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
    seen.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    if (hang) {
      try {
        release.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private HttpSmsGateway gateway(Duration timeout) {
    return new HttpSmsGateway(
        "http://127.0.0.1:" + server.getAddress().getPort() + "/sms",
        TOKEN,
        Duration.ofSeconds(5),
        timeout);
  }

  @Test
  void aMessageGoesOutAsJsonWithTheTokenAndIsAccepted() {
    SmsReceipt receipt =
        gateway(Duration.ofSeconds(10)).send(new SmsMessage("+8613800003333", "您的预约已确认", "ref-1"));

    assertThat(receipt.accepted()).isTrue();
    assertThat(receipt.gatewayId()).isEqualTo("gw-42");
    assertThat(seen.get("method")).isEqualTo("POST");
    assertThat(seen.get("authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(seen.get("contentType")).startsWith("application/json");
    JsonNode body = JSON.readTree(seen.get("body"));
    assertThat(body.get("to").asString()).isEqualTo("+8613800003333");
    assertThat(body.get("text").asString()).isEqualTo("您的预约已确认");
    assertThat(body.get("reference").asString()).isEqualTo("ref-1");
  }

  @Test
  void aNon2xxAnswerIsARefusedReceiptAndTheTokenIsNeverLogged() {
    status = 503;
    answer = "{\"error\":\"busy\"}";
    Logger logger = (Logger) LoggerFactory.getLogger(HttpSmsGateway.class);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    logger.addAppender(logs);
    try {
      SmsReceipt receipt =
          gateway(Duration.ofSeconds(10)).send(new SmsMessage("+8613800003333", "hi", "ref-2"));

      assertThat(receipt.accepted()).isFalse();
      assertThat(receipt.failure()).isEqualTo("HTTP 503").doesNotContain(TOKEN);
      assertThat(logs.list).isNotEmpty();
      assertThat(logs.list)
          .allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(TOKEN));
    } finally {
      logger.detachAppender(logs);
    }
  }

  @Test
  void aGatewayThatDoesNotAnswerInTimeIsARefusedReceipt() {
    hang = true;
    SmsReceipt receipt =
        gateway(Duration.ofMillis(300)).send(new SmsMessage("+8613800003333", "hi", "ref-3"));

    assertThat(receipt.accepted()).isFalse();
    assertThat(receipt.failure()).contains("HttpTimeoutException").doesNotContain(TOKEN);
  }

  @Test
  void anUnreachableGatewayIsARefusedReceipt() {
    int port = server.getAddress().getPort();
    server.stop(0);
    SmsReceipt receipt =
        new HttpSmsGateway(
                "http://127.0.0.1:" + port + "/sms",
                TOKEN,
                Duration.ofSeconds(2),
                Duration.ofSeconds(2))
            .send(new SmsMessage("+8613800003333", "hi", "ref-4"));

    assertThat(receipt.accepted()).isFalse();
    assertThat(receipt.failure()).startsWith("unreachable");
  }
}
