package io.pyra.platform;

import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages anyone may open without signing in, as a careless or hostile visitor sends them: a
 * campaign's lead form ({@code /forms/leads/{code}}, its thanks page) and a mailing's unsubscribe
 * link ({@code /unsubscribe/{token}}) get unknown and malformed codes and tokens, 100,000-character
 * texts, wrong content types and wrong methods. Every such request is refused with a 4xx (a filled
 * honeypot is answered as if received), none ends in a server error, and no table gains or loses a
 * row (the form's well-formed opening, which counts the landing page, and a first signed link's
 * check, which makes the links' signing key, are made before the rows are counted).
 */
@PyraIntegrationTest
class PublicPageRobustnessTests {

  private static final String LONG = "x".repeat(100_000);

  /** Codes and tokens no campaign or mailing has: unknown, too long, encoded oddities. */
  private static final List<String> BAD_IDS =
      List.of(
          "NO-SUCH-CODE",
          "x".repeat(5_000),
          "%00",
          "%E4%B8%AD%E6%96%87",
          "..%2F..%2Fetc",
          "%25",
          "a;b",
          "a.b",
          "eyJ9.AAAA",
          "." + "A".repeat(300) + ".");

  private static final List<String> FIELDS = List.of("name", "phone", "email", "centre", "message");

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final AtomicInteger visitors = new AtomicInteger();

  record Case(String method, String path, String contentType, String body) {
    @Override
    public String toString() {
      String shown = path.length() > 100 ? path.substring(0, 100) + "…" : path;
      String sent =
          body == null
              ? ""
              : " ["
                  + body.substring(0, Math.min(body.length(), 120))
                  + "…, "
                  + body.length()
                  + "]";
      return method + " " + shown + sent;
    }
  }

  @Test
  void noMalformedRequestToAPublicPageEndsInAServerErrorOrWritesARow() throws Exception {
    String code = activeCampaign();
    String form = "/forms/leads/" + code;
    if (send(new Case("GET", form, null, null)).statusCode() != 200) {
      throw new IllegalStateException("the campaign's form does not open: " + form);
    }
    // the first unsubscribe link checked makes the signing key, once
    send(new Case("GET", "/unsubscribe/AAAA.AAAA", null, null));
    RowCounts rows = new RowCounts(dataSource);
    Map<String, Long> before = rows.now();

    List<Case> refused = new ArrayList<>();
    for (String bad : BAD_IDS) {
      refused.add(new Case("GET", "/forms/leads/" + bad, null, null));
      refused.add(new Case("GET", "/forms/leads/" + bad + "/thanks", null, null));
      refused.add(new Case("POST", "/forms/leads/" + bad, FORM, encoded(valid())));
      refused.add(new Case("GET", "/unsubscribe/" + bad, null, null));
      refused.add(new Case("POST", "/unsubscribe/" + bad, FORM, "List-Unsubscribe=One-Click"));
    }
    for (String field : FIELDS) {
      Map<String, String> fields = valid();
      fields.put(field, LONG);
      refused.add(new Case("POST", form, FORM, encoded(fields)));
    }
    // a language the form does not know is shown in English, not refused: here with no name
    Map<String, String> nameless = valid();
    nameless.remove("name");
    nameless.put("language", LONG);
    refused.add(new Case("POST", form, FORM, encoded(nameless)));
    refused.add(new Case("POST", form, FORM, ""));
    refused.add(new Case("POST", form, FORM, "name=%ZZ&phone=%"));
    refused.add(new Case("POST", form, FORM, encoded(valid()) + "&name=" + LONG));
    refused.add(new Case("POST", form, "application/json", "{\"name\":\"Li Na\"}"));
    refused.add(new Case("POST", form, "text/plain", LONG));
    refused.add(new Case("POST", form, "multipart/form-data; boundary=x", "--x\r\nbroken"));
    refused.add(new Case("POST", "/unsubscribe/" + LONG.substring(0, 20_000), FORM, ""));
    for (String method : List.of("PUT", "PATCH", "DELETE")) {
      refused.add(new Case(method, form, FORM, encoded(valid())));
      refused.add(new Case(method, form + "/thanks", null, null));
      refused.add(new Case(method, "/unsubscribe/nonsense", FORM, ""));
    }
    // well-formed addresses with odd query texts: shown (in a language the page knows) or refused;
    // a filled honeypot is answered as if received (a bot learns nothing) and stored nowhere
    List<Case> survived = new ArrayList<>();
    Map<String, String> bot = valid();
    bot.put("website", LONG);
    survived.add(new Case("POST", form, FORM, encoded(bot)));
    for (String language : List.of(LONG.substring(0, 5_000), "zz-ZZZZ-%00", "%E4%B8%AD")) {
      survived.add(new Case("GET", form + "?language=" + language, null, null));
      survived.add(new Case("GET", form + "/thanks?language=" + language, null, null));
      survived.add(new Case("GET", "/unsubscribe/nonsense?lang=" + language, null, null));
    }

    List<String> failures = new ArrayList<>();
    for (Case request : refused) {
      int status = send(request).statusCode();
      if (status < 400 || status >= 500) {
        failures.add(request + " -> " + status);
      }
    }
    for (Case request : survived) {
      int status = send(request).statusCode();
      if (status >= 500) {
        failures.add(request + " -> " + status);
      }
    }
    Map<String, Long> after = rows.now();
    Map<String, String> changed = new TreeMap<>();
    after.forEach(
        (table, count) -> {
          if (!count.equals(before.get(table))) {
            changed.put(table, before.get(table) + " -> " + count);
          }
        });
    assertSoftly(
        soft -> {
          soft.assertThat(failures).as("malformed requests not refused with a 4xx").isEmpty();
          soft.assertThat(changed).as("tables whose rows changed").isEmpty();
        });
  }

  private static final String FORM = "application/x-www-form-urlencoded";

  /** A campaign taking sign-ups from yesterday on, recorded by the administrator. */
  private String activeCampaign() {
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    String code = "PAGE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", "Robust form " + code);
    body.put("channel", "EVENTS");
    body.put("budgetAmount", "1000");
    body.put("budgetCurrency", "CNY");
    body.put("startsOn", LocalDate.now().minusDays(1).toString());
    body.put("endsOn", LocalDate.now().plusDays(30).toString());
    ApiClient.Response created = admin.post("/api/v1/campaigns", body);
    if (created.status() != 201) {
      throw new IllegalStateException("campaign not created: " + created.body());
    }
    ApiClient.Response active =
        admin.post(
            "/api/v1/campaigns/" + created.json().get("id").asString() + "/status",
            Map.of("status", "ACTIVE"));
    if (active.status() != 200) {
      throw new IllegalStateException("campaign not started: " + active.body());
    }
    return code;
  }

  private static Map<String, String> valid() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", "Li Na");
    fields.put("phone", "13812345678");
    fields.put("message", "Spring term");
    fields.put("contactConsent", "true");
    fields.put("website", "");
    fields.put("language", "en");
    return fields;
  }

  private static String encoded(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** Sends as a visitor of their own behind the load balancer, so no throttle answers first. */
  private HttpResponse<String> send(Case request) throws IOException, InterruptedException {
    int visitor = visitors.incrementAndGet();
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
            .header("X-Forwarded-For", "10.77." + (visitor / 250) + "." + (1 + visitor % 250))
            .method(
                request.method(),
                request.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(request.body()));
    if (request.contentType() != null) {
      builder.header("Content-Type", request.contentType());
    }
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }
}
