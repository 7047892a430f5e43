package io.pyra.integration;

import static io.pyra.integration.ImportFixtures.awaitFinished;
import static io.pyra.integration.ImportFixtures.email;
import static io.pyra.integration.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.integration.importing.ImportFileCleanup;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Uploaded files are removed once nobody needs them; an import whose file is gone says so. */
@PyraIntegrationTest
class ImportFileCleanupTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ImportFileCleanup cleanup;

  @Test
  void aFinishedImportsFileGoesAtOnceAndAnOldDryRunsAfterAWeekAfterWhichItCannotBeCommitted() {
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    byte[] csv =
        ("Name,Email\nClean Up," + email("cleanup") + "\n").getBytes(StandardCharsets.UTF_8);
    JsonNode done =
        awaitFinished(admin, upload(admin, "done.csv", csv).json().get("id").asString());
    JsonNode dry =
        awaitFinished(
            admin, upload(admin, "dry.csv", csv, "dryRun", "true").json().get("id").asString());
    JsonNode recent =
        awaitFinished(
            admin, upload(admin, "recent.csv", csv, "dryRun", "true").json().get("id").asString());
    assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(dry.get("status").asString()).isEqualTo("VALIDATED");
    jdbc.sql(
            "update integration_import set created_at = created_at - interval '8' day where id = ?")
        .param(UUID.fromString(dry.get("id").asString()))
        .update();

    cleanup.clean();

    assertThat(Files.exists(file(done))).isFalse();
    assertThat(Files.exists(file(dry))).isFalse();
    assertThat(Files.exists(file(recent))).isTrue();
    ApiClient.Response commit =
        admin.post("/api/v1/imports/" + dry.get("id").asString() + "/commit", "");
    assertThat(commit.status()).isEqualTo(422);
    assertThat(commit.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    assertThat(commit.json().get("errors").get(0).get("rule").asString()).isEqualTo("expired");
    assertThat(
            admin.post("/api/v1/imports/" + recent.get("id").asString() + "/commit", "").status())
        .isEqualTo(202);
  }

  private Path file(JsonNode job) {
    return Path.of(
        jdbc.sql("select stored_file from integration_import where id = ?")
            .param(UUID.fromString(job.get("id").asString()))
            .query(String.class)
            .single());
  }
}
