package io.pyra.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import page: a holiday file for a centre gives its summary; a refused file its reason; a
 * valid file with nothing to import says so.
 */
@PyraIntegrationTest
class CalendarImportPageTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @Test
  void aManagerImportsAHolidayFileForACentreAndSeesWhatItGave() throws IOException {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    UUID centre = org.branch().id();
    PageClient page = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    PageClient.Page form = page.get("/scheduling/imports");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().select("#import-centre option[value=" + centre + "]")).hasSize(1);
    byte[] packers =
        Files.readAllBytes(CalendarFixtures.ICALENDAR.resolve("valid").resolve("Packers.ics"));
    PageClient.Page done =
        page.postMultipart(
            "/scheduling/imports",
            Map.of("kind", "HOLIDAYS", "orgUnitId", centre.toString()),
            "Packers.ics",
            packers);
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.document().select("#import-count").text())
        .isEqualTo("Imported 3 of 66 events.");
    assertThat(done.document().select("#import-other").text()).endsWith(": 63");
    PageClient chinese =
        new PageClient(port)
            .signIn(
                org.member(centre).roles("CENTRE_PRINCIPAL").speaking("zh-CN").create().username(),
                OrgFixtures.PASSWORD);
    chinese.get("/scheduling/imports");
    PageClient.Page refused =
        chinese.postMultipart(
            "/scheduling/imports",
            Map.of("kind", "HOLIDAYS", "orgUnitId", centre.toString()),
            "notes.ics",
            "just text".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.document().select("#flash-error").text()).startsWith("文件不是有效的 iCalendar");
    // a valid file with only time zones: nothing to import, said so
    PageClient.Page nothing =
        chinese.postMultipart(
            "/scheduling/imports",
            Map.of("kind", "HOLIDAYS", "orgUnitId", centre.toString()),
            "3.ics",
            Files.readAllBytes(CalendarFixtures.ICALENDAR.resolve("valid").resolve("3.ics")));
    assertThat(nothing.status()).isEqualTo(200);
    assertThat(nothing.document().select("#import-nothing").text())
        .isEqualTo("文件中没有事件（只有待办、时区、忙闲时间或提醒），没有可导入的内容。 没有导入或更改任何内容。");
    assertThat(done.document().select("#import-nothing")).isEmpty();
    assertThat(
            jdbc.sql("select count(*) from scheduling_closure where org_unit_id = :u")
                .param("u", centre)
                .query(Integer.class)
                .single())
        .isEqualTo(3);
  }
}
