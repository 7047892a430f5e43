package io.pyra.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Files on a case as the agent and a client use them: attached (API and page), listed, downloaded
 * byte for byte as an attachment (a page a browser would run goes out as plain bytes), removed,
 * each on the history; an empty, missing or over-large file, or a twenty-first, is refused naming
 * the file in the reader's language and stores nothing; a reader who may not see the case learns
 * nothing of its files.
 */
@PyraIntegrationTest
class CaseAttachmentTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;

  OrgFixtures org;
  UserAccount agent;
  ApiClient api;
  String path;

  @BeforeEach
  void setUp() {
    org = new OrgFixtures(orgUnits, users, roles);
    OrgUnit branch = org.branch();
    agent = org.user(branch, "CUSTOMER_SERVICE_ASSISTANT");
    api = new ApiClient(port).signIn(agent.username(), OrgFixtures.PASSWORD);
    path = openCase();
  }

  @Test
  void aFileIsAttachedDownloadedByteForByteAndRemovedOnTheHistory() throws Exception {
    byte[] photo = "not really a PNG, but these exact bytes".getBytes(StandardCharsets.UTF_8);
    ApiClient.Response attached =
        attach(api, path, "C:\\fakepath\\broken projector.png", "image/png", photo, "en");
    assertThat(attached.status()).as(attached.body()).isEqualTo(201);
    JsonNode a = attached.json();
    assertThat(a.get("fileName").asString()).isEqualTo("broken projector.png");
    assertThat(a.get("contentType").asString()).isEqualTo("image/png");
    assertThat(a.get("sizeBytes").asLong()).isEqualTo(photo.length);
    assertThat(a.get("sha256").asString()).isEqualTo(sha256(photo));
    String file = path + "/attachments/" + a.get("id").asString();
    assertThat(attached.header("Location")).isEqualTo(file);

    assertThat(ids(api.get(path + "/attachments").json())).containsExactly(a.get("id").asString());
    ApiClient.Response download = api.get(file);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(new String(photo, StandardCharsets.UTF_8));
    assertThat(download.header("Content-Type")).startsWith("image/png");
    assertThat(download.header("Content-Disposition"))
        .startsWith("attachment")
        .contains("projector.png");
    assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");

    // a page the browser would run goes out as bytes to save, not to show
    byte[] page = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    ApiClient.Response html = attach(api, path, "x.html", "text/html", page, "en");
    assertThat(html.status()).isEqualTo(201);
    ApiClient.Response served = api.get(path + "/attachments/" + html.json().get("id").asString());
    assertThat(served.header("Content-Type")).startsWith("application/octet-stream");

    assertThat(api.delete(file, null).status()).isEqualTo(204);
    assertThat(api.delete(file, null).status()).isEqualTo(404);
    assertThat(api.get(file).status()).isEqualTo(404);
    assertThat(ids(api.get(path + "/attachments").json()))
        .containsExactly(html.json().get("id").asString());
    List<String> history = new ArrayList<>();
    api.get(path + "/history")
        .json()
        .forEach(e -> history.add(e.get("kind").asString() + ":" + e.path("to").asString("")));
    assertThat(history)
        .contains(
            "ATTACHED:broken projector.png", "ATTACHED:x.html", "DETACHED:broken projector.png");
  }

  @Test
  void anEmptyMissingTooLargeOrTwentyFirstFileIsRefusedNamingTheFileAndStoresNothing() {
    ApiClient.Response empty = attach(api, path, "empty.txt", "text/plain", new byte[0], "en");
    assertThat(empty.status()).isEqualTo(422);
    assertThat(empty.refusedFields()).containsEntry("file", "required");
    assertThat(empty.body()).contains("File: choose a file that is not empty.");

    byte[] big = new byte[10 * 1024 * 1024 + 1];
    ApiClient.Response tooLarge =
        attach(api, path, "big.bin", "application/octet-stream", big, "zh-CN");
    assertThat(tooLarge.status()).isEqualTo(422);
    assertThat(tooLarge.refusedFields()).containsEntry("file", "max-size");
    assertThat(tooLarge.body()).contains("文件：单个文件最大 10 MB。");
    assertThat(api.get(path + "/attachments").json().size()).isZero();

    for (int i = 1; i <= 20; i++) {
      byte[] note = ("note " + i).getBytes(StandardCharsets.UTF_8);
      assertThat(attach(api, path, "note" + i + ".txt", "text/plain", note, "en").status())
          .isEqualTo(201);
    }
    ApiClient.Response twentyFirst =
        attach(api, path, "note21.txt", "text/plain", "21".getBytes(StandardCharsets.UTF_8), "en");
    assertThat(twentyFirst.status()).isEqualTo(422);
    assertThat(twentyFirst.refusedFields()).containsEntry("file", "max-count");
    assertThat(twentyFirst.body())
        .contains("File: a case may have at most 20 files; remove one first.");
    assertThat(api.get(path + "/attachments").json().size()).isEqualTo(20);
  }

  @Test
  void aReaderWhoMayNotSeeTheCaseLearnsNothingOfItsFiles() {
    ApiClient.Response a =
        attach(
            api,
            path,
            "contract.pdf",
            "application/pdf",
            "%PDF-1.4".getBytes(StandardCharsets.UTF_8),
            "en");
    String file = path + "/attachments/" + a.json().get("id").asString();
    UserAccount stranger = org.user(org.branch(), "CUSTOMER_SERVICE_ASSISTANT");
    ApiClient other = new ApiClient(port).signIn(stranger.username(), OrgFixtures.PASSWORD);
    for (ApiClient.Response r : List.of(other.get(path + "/attachments"), other.get(file))) {
      assertThat(r.status()).isEqualTo(404);
      assertThat(r.body()).doesNotContain("contract.pdf").doesNotContain("%PDF");
    }
    assertThat(attach(other, path, "x.txt", "text/plain", new byte[] {1}, "en").status())
        .isEqualTo(404);
    assertThat(other.delete(file, null).status()).isEqualTo(404);
    assertThat(api.get(path + "/attachments").json().size()).isEqualTo(1);
  }

  @Test
  void theCasePagePanelUploadsListsAndRemovesAFile() {
    PageClient pages = new PageClient(port).signIn(agent.username(), OrgFixtures.PASSWORD);
    String casePage = path.replace("/api/v1", "");
    Document panel = pages.get(casePage + "/attachments").document();
    assertThat(panel.select("#case-attachments-none")).hasSize(1);
    assertThat(panel.select("#case-attachment-form")).hasSize(1);

    PageClient.Page uploaded =
        pages.postMultipart(
            casePage + "/attachments",
            Map.of(),
            "timetable.txt",
            "Saturday 9:00".getBytes(StandardCharsets.UTF_8));
    assertThat(uploaded.status()).isEqualTo(302);
    assertThat(uploaded.location()).endsWith(casePage);
    Document after = pages.get(casePage + "/attachments").document();
    assertThat(after.select(".case-attachment .attachment-download").eachText())
        .containsExactly("timetable.txt");
    String download = after.select(".attachment-download").attr("href");
    assertThat(pages.get(download).body()).isEqualTo("Saturday 9:00");

    // an empty file: the case page says why, nothing stored
    pages.get(casePage + "/attachments");
    PageClient.Page refused =
        pages.postMultipart(casePage + "/attachments", Map.of(), "empty.txt", new byte[0]);
    assertThat(refused.status()).isEqualTo(302);
    assertThat(pages.get(casePage).document().select("#case-action-error").text())
        .isEqualTo("File: choose a file that is not empty.");
    assertThat(pages.get(casePage + "/attachments").document().select(".case-attachment"))
        .hasSize(1);

    String attachmentId = after.select(".case-attachment").attr("data-attachment");
    pages.post(casePage + "/attachments/" + attachmentId + "/delete", Map.of());
    assertThat(pages.get(casePage + "/attachments").document().select("#case-attachments-none"))
        .hasSize(1);
  }

  // --- helpers

  private String openCase() {
    Map<String, Object> customer = new HashMap<>();
    customer.put("kind", "PERSON");
    customer.put("name", "Files " + UUID.randomUUID().toString().substring(0, 6));
    customer.put("stage", "ACTIVE");
    ApiClient.Response made = api.post("/api/v1/customers", customer);
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", made.json().get("id").asString());
    body.put("type", "MAINTENANCE");
    body.put("severity", "MINOR");
    body.put("channel", "PHONE");
    body.put("subject", "The projector in room 3");
    ApiClient.Response opened = api.post("/api/v1/cases", body);
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return "/api/v1/cases/" + opened.json().get("id").asString();
  }

  static ApiClient.Response attach(
      ApiClient client, String casePath, String name, String type, byte[] content, String lang) {
    String boundary = "----case" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name
                + "\"\r\nContent-Type: "
                + type
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(
        client
            .builder(casePath + "/attachments")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept-Language", lang)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(a -> ids.add(a.get("id").asString()));
    return ids;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
