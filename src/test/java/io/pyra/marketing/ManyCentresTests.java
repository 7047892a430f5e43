package io.pyra.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.orgunit.SaveOrgUnit;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.marketing.appointment.Centres;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A company with more centres than a centre list holds ({@link Centres#MAX}): the visit booking
 * form still offers, and keeps chosen, a centre whose name sorts after the first {@code MAX}, and
 * the calendar of a coordinator there shows it. The filler centres are removed afterwards.
 */
@PyraIntegrationTest
class ManyCentresTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired JdbcTemplate jdbcTemplate;

  @Test
  void theBookingFormOffersTheChosenCentreBeyondTheFirstFiveHundred() {
    AppointmentStaff staff = new AppointmentStaff(orgUnits, users, roles, jdbc, port);
    OrgUnit root = staff.org().root();
    long branches =
        jdbc.sql("select count(*) from identity_org_unit where kind = 'BRANCH'")
            .query(Long.class)
            .single();
    // the filler centres in one batch: through the service each would cost a round of checks
    List<Object[]> filler = new ArrayList<>();
    for (long n = branches; n <= Centres.MAX; n++) {
      UUID id = UUID.randomUUID();
      String code = "A" + id.toString().substring(0, 12).toUpperCase();
      filler.add(
          new Object[] {
            id, root.id(), code, "Aa centre " + code, root.path() + id + "/", OffsetDateTime.now()
          });
    }
    jdbcTemplate.batchUpdate(
        """
        insert into identity_org_unit
               (id, parent_id, kind, code, name, time_zone, path, version, created_at, updated_at)
        values (?, ?, 'BRANCH', ?, ?, 'Asia/Shanghai', ?, 0, ?, ?)""",
        filler.stream()
            .map(row -> new Object[] {row[0], row[1], row[2], row[3], row[4], row[5], row[5]})
            .toList());
    String code = "Z" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    OrgUnit last =
        orgUnits.create(
            new SaveOrgUnit(
                root.id(),
                OrgUnitKind.BRANCH,
                code,
                "zzz last centre " + code,
                OrgFixtures.TIME_ZONE,
                null));
    try {
      PageClient pages = staff.pages(staff.user(staff.org().branch(), "CALL_CENTRE_AGENT"));

      Document form = pages.get("/appointments/new?centreId=" + last.id()).document();

      assertThat(form.select("#centreId option").size()).isGreaterThan(Centres.MAX);
      assertThat(form.select("#centreId option[selected]").attr("value"))
          .isEqualTo(last.id().toString());

      // the calendar of a coordinator at that centre: offered and shown
      PageClient coordinator = staff.pages(staff.user(last, "CUSTOMER_SERVICE_ASSISTANT"));
      Document calendar = coordinator.get("/calendar?orgUnitId=" + last.id()).document();
      assertThat(calendar.select("#calendar-centre option[selected]").attr("value"))
          .isEqualTo(last.id().toString());
      assertThat(calendar.select("#booking-calendar").attr("data-centre"))
          .isEqualTo(last.id().toString());
    } finally {
      // the filler goes again: the next classes' centres sort where they always did
      jdbcTemplate.batchUpdate(
          "delete from identity_org_unit where id = ?",
          filler.stream().map(row -> new Object[] {row[0]}).toList());
    }
  }
}
