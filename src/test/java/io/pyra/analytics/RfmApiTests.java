package io.pyra.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.analytics.figures.CustomerDays;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * RFM over the API for a centre principal's branch: seven customers with known sales (a credit
 * note, a sale of zero, ties in frequency) and one who bought before the window. Recency, frequency
 * and monetary value are worked out here from the sales, the scores with SQL's ntile formula
 * written out, the segments by hand from the scores.
 */
@PyraIntegrationTest
class RfmApiTests {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate TODAY = LocalDate.now(ZONE);

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired CustomerDays days;

  OrgUnit branch;
  UserAccount consultant;
  ValueFixtures value;
  final Map<String, UUID> ids = new LinkedHashMap<>();
  final Map<String, String> codes = new HashMap<>();

  @Test
  void scoresAndSegmentsOfTheBranchAreThoseWorkedOutFromItsSales() {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    branch = org.branch();
    consultant = org.user(branch, "COURSE_CONSULTANT");
    value = new ValueFixtures(port, jdbc, days);
    ApiClient principal =
        new ApiClient(port)
            .signIn(org.user(branch, "CENTRE_PRINCIPAL").username(), OrgFixtures.PASSWORD);
    // letter: days ago and amount of each sale (a negative amount is a credit note)
    sales("A", new int[] {5, 10, 20}, "100", "100", "100");
    sales("B", new int[] {100}, "50");
    sales("C", new int[] {30, 200}, "400", "100");
    sales("D", new int[] {3, 2}, "1000", "-900");
    sales("E", new int[] {1, 50, 60, 70}, "10", "10", "10", "10");
    sales("F", new int[] {300, 310}, "700", "700");
    sales("G", new int[] {15}, "0");
    sales("H", new int[] {400}, "400"); // before the twelve months: not active

    // recency, frequency (sales, not credit notes) and monetary (net) by letter
    Map<String, int[]> rf = new LinkedHashMap<>();
    rf.put("A", new int[] {5, 3});
    rf.put("B", new int[] {100, 1});
    rf.put("C", new int[] {30, 2});
    rf.put("D", new int[] {3, 1});
    rf.put("E", new int[] {1, 4});
    rf.put("F", new int[] {300, 2});
    rf.put("G", new int[] {15, 1});
    Map<String, BigDecimal> monetary = new LinkedHashMap<>();
    monetary.put("A", new BigDecimal("300"));
    monetary.put("B", new BigDecimal("50"));
    monetary.put("C", new BigDecimal("500"));
    monetary.put("D", new BigDecimal("100"));
    monetary.put("E", new BigDecimal("40"));
    monetary.put("F", new BigDecimal("1400"));
    monetary.put("G", BigDecimal.ZERO);
    List<String> active = new ArrayList<>(rf.keySet());
    Map<String, Integer> r =
        ntile(
            active,
            Comparator.comparing((String l) -> -rf.get(l)[0]).thenComparing(l -> codes.get(l)));
    Map<String, Integer> f =
        ntile(
            active,
            Comparator.comparing((String l) -> rf.get(l)[1]).thenComparing(l -> codes.get(l)));
    Map<String, Integer> m =
        ntile(
            active,
            Comparator.comparing((String l) -> monetary.get(l)).thenComparing(l -> codes.get(l)));
    // by hand from the scores: E (5,5) champions; A (3,4) loyal; D (4,1) new; B (1,1)
    // hibernating; C (2,2), F (1,3) and G (2,2) at risk
    assertThat(r).containsEntry("E", 5).containsEntry("A", 3).containsEntry("F", 1);
    Map<String, String> segments =
        Map.of(
            "A", "LOYAL",
            "B", "HIBERNATING",
            "C", "AT_RISK",
            "D", "NEW",
            "E", "CHAMPIONS",
            "F", "AT_RISK",
            "G", "AT_RISK");

    String scheme = value.branchShares(branch.id());
    JsonNode all =
        principal.get("/api/v1/analytics/rfm?asOf=" + TODAY + "&scheme=" + scheme).json();

    assertThat(all.get("activeCustomers").asInt()).isEqualTo(7);
    for (int score = 1; score <= 5; score++) {
      String s = String.valueOf(score);
      final int wanted = score;
      assertThat(all.get("r").get(s).asLong())
          .as("R " + s)
          .isEqualTo(r.values().stream().filter(v -> v == wanted).count());
      assertThat(all.get("f").get(s).asLong())
          .as("F " + s)
          .isEqualTo(f.values().stream().filter(v -> v == wanted).count());
      assertThat(all.get("m").get(s).asLong())
          .as("M " + s)
          .isEqualTo(m.values().stream().filter(v -> v == wanted).count());
    }
    Map<String, String> segmentRows = new HashMap<>();
    all.get("segments")
        .forEach(
            row ->
                segmentRows.put(
                    row.get("segment").asString(),
                    row.get("customers").asLong() + " / " + row.get("revenue").asString()));
    assertThat(segmentRows)
        .containsEntry("CHAMPIONS", "1 / 40.00")
        .containsEntry("LOYAL", "1 / 300.00")
        .containsEntry("NEW", "1 / 100.00")
        .containsEntry("HIBERNATING", "1 / 50.00")
        .containsEntry("AT_RISK", "3 / 1900.00")
        .containsEntry("CANNOT_LOSE", "0 / 0.00");

    for (String letter : active) {
      JsonNode one =
          principal
              .get(
                  "/api/v1/analytics/rfm?asOf="
                      + TODAY
                      + "&scheme="
                      + scheme
                      + "&customer="
                      + codes.get(letter))
              .json();
      assertThat(one.get("recencyDays").asInt()).as(letter).isEqualTo(rf.get(letter)[0]);
      assertThat(one.get("frequency").asInt()).as(letter).isEqualTo(rf.get(letter)[1]);
      assertThat(new BigDecimal(one.get("monetary").asString()))
          .as(letter)
          .isEqualByComparingTo(monetary.get(letter));
      assertThat(List.of(one.get("r").asInt(), one.get("f").asInt(), one.get("m").asInt()))
          .as(letter)
          .containsExactly(r.get(letter), f.get(letter), m.get(letter));
      assertThat(one.get("segment").asString()).as(letter).isEqualTo(segments.get(letter));
    }
    // by id too; the inactive customer and an unknown code are refused alike
    assertThat(
            principal
                .get("/api/v1/analytics/rfm?scheme=" + scheme + "&customer=" + ids.get("E"))
                .json()
                .get("segment")
                .asString())
        .isEqualTo("CHAMPIONS");
    assertThat(
            fields(
                principal.get(
                    "/api/v1/analytics/rfm?scheme=" + scheme + "&customer=" + codes.get("H"))))
        .containsEntry("customer", "not-found");
    assertThat(fields(principal.get("/api/v1/analytics/rfm?customer=NOBODY")))
        .containsEntry("customer", "not-found");
    assertThat(fields(principal.get("/api/v1/analytics/rfm?asOf=" + TODAY.plusDays(3))))
        .containsEntry("asOf", "future");

    // the customers page by page, by code, each with their scores and segment
    String rows = "/api/v1/analytics/rfm/customers?limit=4&scheme=" + scheme + "&asOf=" + TODAY;
    JsonNode first = principal.get(rows).json();
    JsonNode second = principal.get(rows + "&cursor=" + first.get("nextCursor").asString()).json();
    List<String> listed = new ArrayList<>();
    first.get("items").forEach(i -> listed.add(i.get("code").asString()));
    second.get("items").forEach(i -> listed.add(i.get("code").asString()));
    assertThat(listed).containsExactlyElementsOf(active.stream().map(codes::get).sorted().toList());
    assertThat(second.get("nextCursor").isNull()).isTrue();
    for (JsonNode item : first.get("items")) {
      String letter = letterOf(item.get("code").asString());
      assertThat(item.get("segment").asString()).as(letter).isEqualTo(segments.get(letter));
      assertThat(item.get("r").asInt()).as(letter).isEqualTo(r.get(letter));
    }
    // one segment: the three at risk
    JsonNode atRisk =
        principal.get(rows.replace("limit=4", "limit=10") + "&segment=at_risk").json();
    List<String> risky = new ArrayList<>();
    atRisk.get("items").forEach(i -> risky.add(letterOf(i.get("code").asString())));
    assertThat(risky).containsExactlyInAnyOrder("C", "F", "G");
    assertThat(fields(principal.get(rows + "&segment=NOPE"))).containsEntry("segment", "not-found");
    assertThat(fields(principal.get(rows + "&cursor=nonsense"))).containsEntry("cursor", "invalid");
  }

  @Test
  void anAnalystRedefinesTheSegmentsAndBadOnesAreRefusedNamingTheField() {
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    JsonNode shipped = admin.get("/api/v1/analytics/rfm-segments").json().get("items");
    assertThat(shipped).hasSize(9);
    try {
      // a gap: nobody takes r 1 with f 1
      assertThat(
              fields(
                  admin.put(
                      "/api/v1/analytics/rfm-segments",
                      Map.of(
                          "segments",
                          List.of(segment("BEST", 2, 5, 1, 5), segment("REST", 1, 1, 2, 5))))))
          .containsEntry("segments", "cover");
      assertThat(
              fields(
                  admin.put(
                      "/api/v1/analytics/rfm-segments",
                      Map.of(
                          "segments",
                          List.of(segment("BEST", 4, 6, 1, 5), segment("best", 1, 5, 1, 5))))))
          .containsEntry("segments[0].scores", "range")
          .containsEntry("segments[1].code", "taken");
      assertThat(fields(admin.put("/api/v1/analytics/rfm-segments", Map.of("segments", List.of()))))
          .containsEntry("segments", "size");
      assertThat(admin.get("/api/v1/analytics/rfm-segments").json().get("items")).hasSize(9);

      ApiClient.Response two =
          admin.put(
              "/api/v1/analytics/rfm-segments",
              Map.of(
                  "segments",
                  List.of(segment("RECENT", 4, 5, 1, 5), segment("OTHERS", 1, 5, 1, 5))));
      assertThat(two.status()).as(two.body()).isEqualTo(200);
      JsonNode counts = admin.get("/api/v1/analytics/rfm").json();
      List<String> named = new ArrayList<>();
      counts.get("segments").forEach(row -> named.add(row.get("segment").asString()));
      assertThat(named).containsExactly("RECENT", "OTHERS");
      // a centre principal reads the segments, does not define them
      OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
      ApiClient principal =
          new ApiClient(port)
              .signIn(org.user(org.branch(), "CENTRE_PRINCIPAL").username(), OrgFixtures.PASSWORD);
      assertThat(
              principal
                  .put(
                      "/api/v1/analytics/rfm-segments",
                      Map.of("segments", List.of(segment("ALL", 1, 5, 1, 5))))
                  .status())
          .isEqualTo(403);
    } finally {
      List<Map<String, Object>> back = new ArrayList<>();
      shipped.forEach(
          s ->
              back.add(
                  Map.of(
                      "code", s.get("code").asString(),
                      "name", s.get("name").asString(),
                      "rFrom", s.get("rFrom").asInt(),
                      "rTo", s.get("rTo").asInt(),
                      "fFrom", s.get("fFrom").asInt(),
                      "fTo", s.get("fTo").asInt())));
      assertThat(admin.put("/api/v1/analytics/rfm-segments", Map.of("segments", back)).status())
          .isEqualTo(200);
    }
  }

  private static Map<String, Object> segment(String code, int rFrom, int rTo, int fFrom, int fTo) {
    return Map.of(
        "code",
        code,
        "name",
        "Segment " + code,
        "rFrom",
        rFrom,
        "rTo",
        rTo,
        "fFrom",
        fFrom,
        "fTo",
        fTo);
  }

  private String letterOf(String code) {
    return codes.entrySet().stream()
        .filter(e -> e.getValue().equals(code))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  /**
   * SQL's ntile(5) written out: n rows in order, the first n mod 5 groups one larger; a row's group
   * from its position alone.
   */
  private static Map<String, Integer> ntile(List<String> letters, Comparator<String> order) {
    List<String> sorted = letters.stream().sorted(order).toList();
    int n = sorted.size();
    int q = n / 5;
    int larger = n % 5;
    Map<String, Integer> groups = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int group = i < larger * (q + 1) ? i / (q + 1) + 1 : larger + (i - larger * (q + 1)) / q + 1;
      groups.put(sorted.get(i), group);
    }
    return groups;
  }

  private static Map<String, String> fields(ApiClient.Response response) {
    return response.refusedFields();
  }

  private void sales(String letter, int[] daysAgo, String... amounts) {
    UUID customer = value.customer(consultant, "RFM " + letter, "ACTIVE");
    ids.put(letter, customer);
    codes.put(letter, value.code(customer));
    for (int i = 0; i < daysAgo.length; i++) {
      value.sale(customer, consultant, TODAY.minusDays(daysAgo[i]), amounts[i], "0");
    }
  }
}
