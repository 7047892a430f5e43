package io.pyra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.SaveUser;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Whatever goes wrong, a browser sees a page of Pyra's own in the user's language (its title, what
 * happened, a link to the start page), never Spring Boot's "Whitelabel Error Page" nor Tomcat's
 * report: for every status a page can end in, and for requests refused before they reach a
 * controller (the firewall, an address that cannot be decoded). The API keeps its problems.
 */
@PyraIntegrationTest
@Import(ErrorPageTests.Failing.class)
class ErrorPageTests {

  private static final String PASSWORD = "Quiet-Harbour-77";

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired OrgUnitService orgUnits;

  /** A page that ends in the status it is asked for, as a controller of the application would. */
  @Controller
  static class Failing {

    @GetMapping("/error-probe/{status}")
    String fail(@PathVariable int status) {
      if (status == 500) {
        throw new IllegalStateException("a bug");
      }
      throw new ResponseStatusException(HttpStatus.valueOf(status));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "400, Request not understood",
    "401, Sign-in needed",
    "403, Not allowed",
    "404, Not found",
    "405, Not possible here",
    "406, Not available in this form",
    "409, Changed by someone else",
    "413, Too large",
    "415, Unsupported format",
    "500, Something went wrong",
    "503, Busy right now"
  })
  void everyStatusOfAPageShowsPyrasErrorPage(int status, String title) {
    PageClient client = signedIn("en");

    PageClient.Page page = client.get("/error-probe/" + status, Map.of("Accept", "text/html"));

    assertThat(page.status()).isEqualTo(status);
    assertPyraPage(page.body(), title);
    // the shell is around it: the user can go on from here
    assertThat(page.document().select("#sidebar")).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"400, 无法识别的请求", "404, 未找到", "405, 此处不能这样操作", "500, 出错了", "503, 服务器繁忙"})
  void theErrorPageSpeaksTheUsersLanguage(int status, String title) {
    PageClient client = signedIn("zh-CN");

    PageClient.Page page = client.get("/error-probe/" + status, Map.of("Accept", "text/html"));

    assertThat(page.status()).isEqualTo(status);
    assertPyraPage(page.body(), title);
    assertThat(page.document().select("#error-home").text()).isEqualTo("返回首页");
  }

  @Test
  void realMistakesOfAPageUserShowPyrasPage() {
    PageClient client = signedIn("en");

    PageClient.Page missing = client.get("/no-such-page", Map.of("Accept", "text/html"));
    assertThat(missing.status()).isEqualTo(404);
    assertPyraPage(missing.body(), "Not found");

    // an address that only takes a form's POST, opened as a link
    PageClient.Page wrongMethod = client.get("/shell/sidebar", Map.of("Accept", "text/html"));
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertPyraPage(wrongMethod.body(), "Not possible here");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"//x", "/%2e%2e/", "/customers/%zz", "/tasks/%", "/a%00b", "/;x=1/tasks"})
  void aRequestRefusedBeforeAnyControllerShowsPyrasPageInTheBrowsersLanguage(String path)
      throws IOException {
    Raw english = raw(path, "en");
    assertThat(english.status()).as(path).isBetween(400, 499);
    assertPyraPage(english.body(), null);

    Raw chinese = raw(path, "zh-CN");
    assertThat(chinese.status()).as(path).isBetween(400, 499);
    assertPyraPage(chinese.body(), null);
    assertThat(Jsoup.parse(chinese.body()).select("#error-home").text()).isEqualTo("返回首页");
  }

  @Test
  void theApiKeepsItsProblems() throws IOException {
    Raw api = raw("/api/v1/no-such-thing", "en", "application/json");
    assertThat(api.status()).isIn(401, 404);
    assertThat(api.body())
        .doesNotContain("Whitelabel")
        .doesNotContain("<html")
        .contains("\"status\"");
  }

  private static void assertPyraPage(String body, String title) {
    assertThat(body).doesNotContain("Whitelabel").doesNotContain("Apache Tomcat");
    Document document = Jsoup.parse(body);
    assertThat(document.select("#error-title").text()).as(body).isNotBlank();
    if (title != null) {
      assertThat(document.select("#error-title").text()).isEqualTo(title);
      assertThat(document.title()).isEqualTo(title);
    }
    assertThat(document.select("#error-detail").text()).isNotBlank();
    assertThat(document.select("a#error-home").attr("href")).isEqualTo("/");
  }

  /** A user whose language is the one given (the page speaks it whatever the browser says). */
  private PageClient signedIn(String language) {
    String username = "err" + UUID.randomUUID().toString().substring(0, 8);
    users.create(
        new SaveUser(
            username,
            "Error " + username,
            username + "@example.com",
            null,
            orgUnits.tree().get(0).id(),
            null,
            language,
            Set.of(roles.byCode("ADMINISTRATOR").id()),
            true,
            PASSWORD,
            null));
    return new PageClient(port)
        .language("en".equals(language) ? "zh-CN" : "en")
        .signIn(username, PASSWORD);
  }

  private record Raw(int status, String body) {}

  /** A request written as is, byte for byte: a Java client would refuse to send these addresses. */
  private Raw raw(String path, String language) throws IOException {
    return raw(path, language, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
  }

  private Raw raw(String path, String language, String accept) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: localhost:"
                  + port
                  + "\r\nAccept: "
                  + accept
                  + "\r\nAccept-Language: "
                  + language
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String response = all.toString(StandardCharsets.UTF_8);
      int status = Integer.parseInt(response.substring(9, 12));
      int bodyStart = response.indexOf("\r\n\r\n");
      String body = bodyStart < 0 ? "" : response.substring(bodyStart + 4);
      if (response.toLowerCase().contains("transfer-encoding: chunked")) {
        body = unchunk(body);
      }
      return new Raw(status, body);
    }
  }

  private static String unchunk(String chunked) {
    StringBuilder body = new StringBuilder();
    byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
    int at = 0;
    while (at < bytes.length) {
      int lineEnd = indexOf(bytes, at);
      if (lineEnd < 0) {
        break;
      }
      String sizeLine = new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).trim();
      int size = Integer.parseInt(sizeLine.split(";")[0], 16);
      if (size == 0) {
        break;
      }
      body.append(new String(bytes, lineEnd + 2, size, StandardCharsets.UTF_8));
      at = lineEnd + 2 + size + 2;
    }
    return body.toString();
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length - 1; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
