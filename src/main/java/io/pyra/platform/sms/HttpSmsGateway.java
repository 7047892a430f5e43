package io.pyra.platform.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real gateway over HTTP ({@code pyra.sms.gateway=http}): each message is a JSON POST {@code
 * {"to", "text", "reference"}} to {@code pyra.sms.http.url} with the bearer token {@code
 * pyra.sms.http.token} (never logged), within the configured timeouts. A 2xx answer is an accepted
 * receipt (the gateway's {@code id} when its JSON answer has one); any other answer, a timeout or a
 * broken connection is a refused receipt naming the status or the failure, never the token.
 */
@Component
@ConditionalOnProperty(name = "pyra.sms.gateway", havingValue = "http")
public class HttpSmsGateway implements SmsGateway {

  private static final Logger log = LoggerFactory.getLogger(HttpSmsGateway.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI url;
  private final String token;
  private final Duration timeout;
  private final HttpClient http;

  HttpSmsGateway(
      @Value("${pyra.sms.http.url}") String url,
      @Value("${pyra.sms.http.token:}") String token,
      @Value("${pyra.sms.http.connect-timeout:PT5S}") Duration connectTimeout,
      @Value("${pyra.sms.http.timeout:PT10S}") Duration timeout) {
    this.url = URI.create(url);
    if (!"https".equals(this.url.getScheme()) && !"http".equals(this.url.getScheme())) {
      throw new IllegalArgumentException("pyra.sms.http.url is an http(s) address");
    }
    this.token = token;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
  }

  @Override
  public SmsReceipt send(SmsMessage message) {
    String body =
        JSON.createObjectNode()
            .put("to", message.to())
            .put("text", message.text())
            .put("reference", message.reference())
            .toString();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null && !token.isBlank()) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> answer =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() / 100 != 2) {
        log.warn(
            "SMS gateway refused message {}: HTTP {}", message.reference(), answer.statusCode());
        return SmsReceipt.refused("HTTP " + answer.statusCode());
      }
      return SmsReceipt.accepted(gatewayId(answer.body()));
    } catch (IOException e) {
      log.warn(
          "SMS gateway not reached for message {}: {}",
          message.reference(),
          e.getClass().getSimpleName());
      return SmsReceipt.refused("unreachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SmsReceipt.refused("interrupted");
    }
  }

  private static String gatewayId(String body) {
    try {
      JsonNode json = JSON.readTree(body);
      JsonNode id = json == null ? null : json.get("id");
      return id == null || id.isNull() ? null : id.asString();
    } catch (RuntimeException notJson) {
      return null;
    }
  }
}
