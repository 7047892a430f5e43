package io.pyra.customer;

import static io.pyra.customer.CustomerListApiTests.codes;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.orgunit.SaveOrgUnit;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The search and the known-caller lookup read a number without a country code in the region of the
 * user's org unit: the default (CN) for the company, Hong Kong for a branch set to HK and the units
 * below it.
 */
@PyraIntegrationTest
class RegionalPhoneSearchTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;

  CustomerStaff staff;
  OrgFixtures org;

  @BeforeEach
  void setUp() {
    staff = new CustomerStaff(orgUnits, users, roles, port);
    org = new OrgFixtures(orgUnits, users, roles);
  }

  @Test
  void aChineseNumberIsFoundWithoutThePlusAndALandlineWithItsTrunkPrefix() {
    String mobile = CustomerStaff.mobile();
    String local = "6552" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    ApiClient admin = staff.admin();
    Map<String, Object> body = CustomerStaff.person(CustomerStaff.unique("Beijing"), null);
    body.put(
        "phones",
        java.util.List.of(
            Map.of("number", "+86" + mobile, "label", "mobile"),
            Map.of("number", "+8610" + local, "label", "office")));
    JsonNode created = admin.post("/api/v1/customers", body).json();
    String code = created.get("code").asString();

    String landline = "010 " + local.substring(0, 4) + " " + local.substring(4);
    for (String written : new String[] {"86" + mobile, "0086" + mobile, landline}) {
      assertThat(codes(admin, "q=" + written)).as(written).containsExactly(code);
      assertThat(lookupCodes(admin, written)).as(written).containsExactly(code);
    }
  }

  @Test
  void anEightDigitNumberIsHongKongsForAUserOfAHongKongBranchOnly() {
    OrgUnit branch =
        orgUnits.create(
            new SaveOrgUnit(
                org.root().id(),
                OrgUnitKind.BRANCH,
                OrgFixtures.code("HK"),
                "Causeway Bay centre",
                "Asia/Hong_Kong",
                "hk",
                null));
    OrgUnit team = org.unit(branch, OrgUnitKind.TEAM); // no region of its own: Hong Kong's
    UserAccount frontDesk = staff.user(team.id(), "FRONT_DESK");
    ApiClient hongKong = staff.as(frontDesk);
    String digits = hongKongMobile();
    String written = digits.substring(0, 4) + " " + digits.substring(4);

    ApiClient.Response created =
        hongKong.post(
            "/api/v1/customers", CustomerStaff.person(CustomerStaff.unique("Chan"), written));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("phones").get(0).get("number").asString())
        .isEqualTo("+852" + digits);
    String code = created.json().get("code").asString();

    assertThat(codes(hongKong, "q=" + written)).containsExactly(code);
    assertThat(codes(hongKong, "q=" + digits)).containsExactly(code);
    assertThat(lookupCodes(hongKong, written)).containsExactly(code);
    assertThat(lookupCodes(hongKong, "852" + digits)).containsExactly(code);

    // the same eight digits typed in mainland China are no Hong Kong number
    ApiClient admin = staff.admin();
    assertThat(codes(admin, "q=" + digits)).doesNotContain(code);
    ApiClient.Response notHongKong =
        admin.get(
            "/api/v1/customers/lookup?phone=" + URLEncoder.encode(written, StandardCharsets.UTF_8));
    assertThat(notHongKong.status()).isEqualTo(422);
    assertThat(notHongKong.body()).doesNotContain(code);
    assertThat(lookupCodes(admin, "+852 " + written)).containsExactly(code);
  }

  private static java.util.List<String> lookupCodes(ApiClient client, String phone) {
    ApiClient.Response response =
        client.get(
            "/api/v1/customers/lookup?phone=" + URLEncoder.encode(phone, StandardCharsets.UTF_8));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    java.util.List<String> codes = new java.util.ArrayList<>();
    response.json().get("items").forEach(i -> codes.add(i.get("code").asString()));
    return codes;
  }

  /**
   * A random eight-digit number that is a Hong Kong mobile number (not every 9xxx xxxx is one) and
   * no mainland number when typed the same way.
   */
  private static String hongKongMobile() {
    com.google.i18n.phonenumbers.PhoneNumberUtil util =
        com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();
    while (true) {
      String digits = "9" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
      com.google.i18n.phonenumbers.Phonenumber.PhoneNumber number =
          new com.google.i18n.phonenumbers.Phonenumber.PhoneNumber()
              .setCountryCode(852)
              .setNationalNumber(Long.parseLong(digits));
      // about one in a hundred of them also reads as a mainland number (9019 5412: +86 9019 5412)
      boolean mainland =
          new io.pyra.platform.PhoneNumbers("CN")
              .toE164(digits.substring(0, 4) + " " + digits.substring(4), "CN")
              .isPresent();
      if (util.isValidNumberForRegion(number, "HK") && !mainland) {
        return digits;
      }
    }
  }
}
