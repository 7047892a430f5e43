package io.pyra.integration;

import static io.pyra.integration.ImportFixtures.awaitFinished;
import static io.pyra.integration.ImportFixtures.mobile;
import static io.pyra.integration.ImportFixtures.upload;
import static io.pyra.integration.ImportFixtures.utf8Bom;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Customers written by the import are found by the pinyin of their names, new or renamed. */
@PyraIntegrationTest
class PinyinImportTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void importedAndReImportedChineseNamesAreFoundByTheirPinyin() {
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    // a tag of letters only, unique to this run, in the name: "王小明 qkzv…" is searched as
    // "wangxiaomingqkzv…"
    String tag = letters();
    String phone = mobile();
    String csv = "客户名称,手机\r\n王小明 " + tag + "," + phone + "\r\n";
    JsonNode done =
        awaitFinished(admin, upload(admin, "pinyin.csv", utf8Bom(csv)).json().get("id").asString());
    assertThat(done.get("created").asInt()).isEqualTo(1);

    List<String> byFull = names(admin, "wangxiaoming" + tag);
    assertThat(byFull).containsExactly("王小明 " + tag);
    assertThat(names(admin, "wxm" + tag)).containsExactly("王小明 " + tag);

    // the same phone, another name: the import renames the customer, and its pinyin follows
    String renamed = "刘德华 " + tag;
    JsonNode again =
        awaitFinished(
            admin,
            upload(admin, "pinyin.csv", utf8Bom("客户名称,手机\r\n" + renamed + "," + phone + "\r\n"))
                .json()
                .get("id")
                .asString());
    assertThat(again.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(again.get("updated").asInt()).isEqualTo(1);
    assertThat(names(admin, "liudehua" + tag)).containsExactly(renamed);
    assertThat(names(admin, "ldh" + tag)).containsExactly(renamed);
    // the old key is gone (PostgreSQL would still offer the customer as a similar name: typos)
    assertThat(
            jdbc.sql("select name_pinyin from customer_customer where name = ?")
                .param(renamed)
                .query(String.class)
                .single())
        .isEqualTo("liudehua" + tag + " ldh" + tag);
  }

  @Test
  void aReImportThatKeepsTheNameKeepsItsPinyinAndCompletesAMissingOne() {
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    String tag = letters();
    String kept = "王小明 " + tag;
    String missing = "刘德华 " + tag;
    String keptPhone = mobile();
    String missingPhone = mobile();
    String first =
        "客户名称,手机,城市\r\n"
            + kept
            + ","
            + keptPhone
            + ",Shanghai\r\n"
            + missing
            + ","
            + missingPhone
            + ",Shanghai\r\n";
    JsonNode done =
        awaitFinished(
            admin, upload(admin, "pinyin.csv", utf8Bom(first)).json().get("id").asString());
    assertThat(done.get("created").asInt()).isEqualTo(2);
    // one written by a writer that does not know the pinyin
    jdbc.sql("update customer_customer set name_pinyin = null where name = ?")
        .param(missing)
        .update();

    // the same names, another city: both updated, their names and pinyin as they were or due
    String second =
        "客户名称,手机,城市\r\n"
            + kept
            + ","
            + keptPhone
            + ",Shenzhen\r\n"
            + missing
            + ","
            + missingPhone
            + ",Shenzhen\r\n";
    JsonNode again =
        awaitFinished(
            admin, upload(admin, "pinyin.csv", utf8Bom(second)).json().get("id").asString());
    assertThat(again.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(again.get("updated").asInt()).isEqualTo(2);
    assertThat(pinyinOf(kept)).isEqualTo("wangxiaoming" + tag + " wxm" + tag);
    assertThat(pinyinOf(missing)).isEqualTo("liudehua" + tag + " ldh" + tag);
    assertThat(
            jdbc.sql("select city from customer_customer where name in (?, ?)")
                .param(kept)
                .param(missing)
                .query(String.class)
                .list())
        .containsExactly("Shenzhen", "Shenzhen");
    assertThat(names(admin, "wangxiaoming" + tag)).containsExactly(kept);
    assertThat(names(admin, "liudehua" + tag)).containsExactly(missing);
  }

  private String pinyinOf(String name) {
    return jdbc.sql("select name_pinyin from customer_customer where name = ?")
        .param(name)
        .query(String.class)
        .single();
  }

  private static String letters() {
    StringBuilder tag = new StringBuilder();
    for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
      tag.append((char) ('a' + Character.digit(c, 16)));
    }
    return tag.substring(0, 12);
  }

  private static List<String> names(ApiClient admin, String q) {
    ApiClient.Response response =
        admin.get("/api/v1/customers?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    response.json().get("items").forEach(i -> names.add(i.get("name").asString()));
    return names;
  }
}
