package io.pyra.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser-less client for the pages: keeps the session cookie, sends the CSRF token of the last
 * page with every form post, does not follow redirects (so tests see Post/Redirect/Get).
 */
public final class PageClient {

  private final HttpClient http;
  private final String base;
  private String csrf;
  private String acceptLanguage = "en";

  private final CookieManager cookies;

  public PageClient(int port) {
    this(port, new CookieManager());
  }

  private PageClient(int port, CookieManager cookies) {
    this.base = "http://localhost:" + port;
    this.cookies = cookies;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** The same browser (same cookies) talking to another server: another node of the cluster. */
  public PageClient onPort(int port) {
    PageClient other = new PageClient(port, cookies);
    other.csrf = csrf;
    other.acceptLanguage = acceptLanguage;
    return other;
  }

  public PageClient language(String acceptLanguage) {
    this.acceptLanguage = acceptLanguage;
    return this;
  }

  /** Signs in on the login page; fails the test when the sign-in is refused. */
  public PageClient signIn(String username, String password) {
    get("/login");
    Page result = post("/login", Map.of("username", username, "password", password));
    if (result.status() != 302 || result.location().contains("error")) {
      throw new IllegalStateException("sign-in refused for " + username + ": " + result.location());
    }
    return this;
  }

  public Page get(String path) {
    return get(path, Map.of());
  }

  /** A GET with extra request headers, such as {@code HX-Request: true} for an htmx fragment. */
  public Page get(String path, Map<String, String> headers) {
    HttpRequest.Builder builder = request(path).GET();
    headers.forEach(builder::header);
    Page page = send(builder);
    String token = page.document().select("input[name=_csrf]").attr("value");
    if (token.isEmpty()) {
      token = page.document().select("meta[name=_csrf]").attr("content");
    }
    if (!token.isEmpty()) {
      csrf = token;
    }
    return page;
  }

  /** Posts a form with the CSRF token of the last page read. */
  public Page post(String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (csrf != null) {
      all.putIfAbsent("_csrf", csrf);
    }
    return postRaw(path, all);
  }

  /**
   * Posts a form whose fields repeat (several rows of the same inputs), in order, with the CSRF
   * token of the last page read.
   */
  public Page postList(String path, List<Map.Entry<String, String>> fields) {
    List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
    if (csrf != null) {
      all.add(Map.entry("_csrf", csrf));
    }
    String body =
        all.stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Posts a form exactly as given (no CSRF token added). */
  public Page postRaw(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Posts a multipart form (fields, then one file part named {@code file}) with the CSRF token of
   * the last page read, as a browser submits an upload form.
   */
  public Page postMultipart(
      String path, Map<String, String> fields, String fileName, byte[] content) {
    String boundary = "----pyra" + java.util.UUID.randomUUID();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (csrf != null) {
      all.putIfAbsent("_csrf", csrf);
    }
    all.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    if (fileName != null) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(content);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept-Language", acceptLanguage);
  }

  private Page send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Page(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  /** A page as the browser would receive it. */
  public record Page(int status, String body, HttpResponse<String> raw) {

    public Document document() {
      return Jsoup.parse(body);
    }

    public String location() {
      return raw.headers().firstValue("Location").orElse("");
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }
}
