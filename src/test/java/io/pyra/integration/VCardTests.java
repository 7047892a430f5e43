package io.pyra.integration;

import static io.pyra.integration.ImportFixtures.awaitFinished;
import static io.pyra.integration.ImportFixtures.email;
import static io.pyra.integration.ImportFixtures.mobile;
import static io.pyra.integration.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PyraIntegrationTest
class VCardTests {

  private static final Path SAMPLES =
      Path.of(System.getProperty("pyra.vcard.samples", "../shared/data/vcard"));

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private ApiClient admin;

  @BeforeEach
  void signIn() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  @Test
  void importsEverySampleFileOrReportsItsDefectsWithoutCrashing() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(SAMPLES)) {
      files = list.filter(p -> p.toString().endsWith(".vcf")).sorted().toList();
    }
    assertThat(files).hasSize(18);
    int imported = 0;
    for (Path file : files) {
      ApiClient.Response response =
          upload(admin, file.getFileName().toString(), Files.readAllBytes(file));
      assertThat(response.status()).as(file.toString()).isEqualTo(202);
      JsonNode done = awaitFinished(admin, response.json().get("id").asString());
      assertThat(done.get("status").asString()).as(file + " " + done).isEqualTo("COMPLETED");
      int rows = done.get("totalRows").asInt();
      assertThat(rows).as(file.toString()).isPositive();
      int accounted =
          done.get("created").asInt()
              + done.get("updated").asInt()
              + done.get("skipped").asInt()
              + done.get("errors").asInt();
      assertThat(accounted).as(file + " " + done).isEqualTo(rows);
      if (done.get("errors").asInt() > 0) {
        assertThat(done.get("firstErrors")).as(file.toString()).isNotEmpty();
        done.get("firstErrors").forEach(e -> assertThat(e.get("message").asString()).isNotBlank());
      }
      imported +=
          done.get("created").asInt() + done.get("updated").asInt() + done.get("skipped").asInt();
    }
    assertThat(imported).isGreaterThanOrEqualTo(10);
  }

  @Test
  void
      importsACardWhosePhoneLacksTheCountryCodeReadingItInTheCardsCountryOrLeavingItOutWithANote() {
    String suffix = String.valueOf(System.nanoTime() % 10_000_000);
    String us =
        "(415) 55"
            + suffix.substring(0, 1)
            + "-"
            + String.format("%04d", Integer.parseInt(suffix) % 10_000);
    String cards =
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Abe Local "
            + suffix
            + "\r\nTEL;TYPE=WORK:"
            + us
            + "\r\nADR;TYPE=WORK:;;1 Market St;San Francisco;CA;94105;USA\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bea Nowhere "
            + suffix
            + "\r\nTEL:12\r\nEMAIL:bea"
            + suffix
            + "@example.com\r\nEND:VCARD\r\n";

    ApiClient.Response response =
        upload(admin, "phones.vcf", cards.getBytes(StandardCharsets.UTF_8));
    JsonNode done = awaitFinished(admin, response.json().get("id").asString());

    assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(done.get("created").asInt()).as(done.toString()).isEqualTo(2);
    assertThat(done.get("errors").asInt()).isZero();
    String e164 = "+1415" + us.replaceAll("\\D", "").substring(3);
    JsonNode found =
        admin.get("/api/v1/customers/lookup?phone=" + e164.replace("+", "%2B")).json().get("items");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).get("name").asString()).isEqualTo("Abe Local " + suffix);
    String notes = admin.get("/api/v1/imports/" + done.get("id").asString() + "/errors.csv").body();
    assertThat(notes).contains("phone 12 ").contains("left out");
    assertThat(
            jdbc.sql(
                    "select count(*) from customer_phone p join customer_customer c on c.id = p.customer_id "
                        + "where c.name = ?")
                .param("Bea Nowhere " + suffix)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void exportsCustomersAsVCard4ThatParsesBack() {
    String phone = mobile();
    String mail = email("card");
    String csv = "Name,Phone,Email,City,Tags\nZhang Card," + phone + "," + mail + ",Hangzhou,VIP\n";
    JsonNode done =
        awaitFinished(
            admin,
            upload(admin, "card.csv", csv.getBytes(StandardCharsets.UTF_8))
                .json()
                .get("id")
                .asString());
    assertThat(done.get("created").asInt()).isEqualTo(1);
    String id =
        jdbc.sql("select customer_id from customer_email where address = ?")
            .param(mail)
            .query(String.class)
            .single();

    ApiClient.Response one = admin.get("/api/v1/customers/" + id + "/vcard");
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.header("Content-Type")).startsWith("text/vcard");
    VCard card = Ezvcard.parse(one.body()).first();
    assertThat(card.getVersion()).isEqualTo(VCardVersion.V4_0);
    assertThat(card.getFormattedName().getValue()).isEqualTo("Zhang Card");
    assertThat(card.getTelephoneNumbers().get(0).getText()).isEqualTo("+86" + phone);
    assertThat(card.getEmails().get(0).getValue()).isEqualTo(mail);
    assertThat(card.getAddresses().get(0).getLocality()).isEqualTo("Hangzhou");

    ApiClient.Response many = admin.get("/api/v1/customers/export.vcf?ids=" + id + "," + id);
    assertThat(many.status()).isEqualTo(200);
    assertThat(Ezvcard.parse(many.body()).all()).hasSize(1);
    assertThat(admin.get("/api/v1/customers/" + java.util.UUID.randomUUID() + "/vcard").status())
        .isEqualTo(404);
  }
}
