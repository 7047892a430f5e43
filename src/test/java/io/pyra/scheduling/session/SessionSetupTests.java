package io.pyra.scheduling.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.scheduling.BookingId;
import io.pyra.scheduling.SessionFixtures;
import io.pyra.scheduling.setup.SetupPreparation;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A session that names a configuration profile and holds a PC set gives the centre's technician a
 * set-up request for that PC set, one checklist row per seat, due when the session starts; a
 * session with the PC set and no profile gives none.
 */
@PyraIntegrationTest
class SessionSetupTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired SetupPreparation preparation;

  @Test
  void aSessionWithAProfileGivesTheTechnicianASetupRequestForItsPcSet() {
    SessionWorld world = new SessionWorld(orgUnits, users, roles, jdbc, port);
    ApiClient technician = world.scheduling.api(world.scheduling.user(world.centre, "TECHNICIAN"));
    Map<String, Object> profile = new HashMap<>();
    profile.put("code", "XL-" + UUID.randomUUID().toString().substring(0, 8));
    profile.put("name", "Excel course PCs");
    profile.put("operatingSystem", "Windows 11 Pro");
    profile.put("software", "Microsoft Excel 2021");
    ApiClient.Response madeProfile = technician.post("/api/v1/setup-profiles", profile);
    assertThat(madeProfile.status()).as(madeProfile.body()).isEqualTo(201);

    Map<String, Object> withSetup =
        SessionFixtures.session(
            world.course, world.at(9), world.at(11), world.room, world.instructor, 12);
    withSetup.put("pcSetId", world.pcSet);
    withSetup.put("setupProfileId", madeProfile.json().get("id").asString());
    ApiClient.Response session = world.api.post("/api/v1/sessions", withSetup);
    assertThat(session.status()).as(session.body()).isEqualTo(201);
    String booking = session.json().get("bookingId").asString();
    Map<String, Object> withoutSetup =
        SessionFixtures.session(
            world.course, world.at(14), world.at(16), world.room, world.instructor, 10);
    withoutSetup.put("pcSetId", world.pcSet);
    ApiClient.Response plain = world.api.post("/api/v1/sessions", withoutSetup);
    assertThat(plain.status()).as(plain.body()).isEqualTo(201);
    String plainBooking = plain.json().get("bookingId").asString();

    JsonNode requests =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> technician.get("/api/v1/setup-requests?bookingId=" + booking).json(),
                json -> json.get("items").size() == 1);
    JsonNode request = requests.get("items").get(0);
    assertThat(request.get("resourceId").asString()).isEqualTo(world.pcSet.toString());
    assertThat(request.get("machines").asInt()).isEqualTo(12);
    assertThat(request.get("status").asString()).isEqualTo("OPEN");
    assertThat(request.get("dueAt").asString()).isEqualTo(world.at(9).toString());
    // the session without a profile: prepared here and now (as its event would), none made
    preparation.prepare(new BookingId(UUID.fromString(plainBooking)));
    assertThat(
            technician.get("/api/v1/setup-requests?bookingId=" + plainBooking).json().get("items"))
        .isEmpty();
  }
}
