package io.pyra.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.Scope;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.role.SaveRole;
import io.pyra.identity.user.UserService;
import io.pyra.platform.audit.AuditEntries;
import io.pyra.platform.audit.AuditEntry;
import io.pyra.platform.audit.AuditEntryInWords;
import io.pyra.platform.audit.AuditFilter;
import io.pyra.platform.audit.AuditReader;
import io.pyra.sales.catalogue.Catalogue;
import io.pyra.sales.catalogue.ProductFacts;
import io.pyra.sales.catalogue.ProductUnit;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue over the API, on H2 and PostgreSQL: create (and its idempotent retry), read by id
 * and code, the list's filters and cursor, replace and change with If-Match, each bad input refused
 * naming its field, who may do what, the audit log in words, and the catalogue facts.
 */
@PyraIntegrationTest
class ProductApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired AuditEntries auditEntries;
  @Autowired AuditReader auditReader;
  @Autowired Catalogue catalogue;

  private ApiClient admin;
  private OrgFixtures org;
  private String prefix;

  @BeforeEach
  void signIn() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    org = new OrgFixtures(orgUnits, users, roles);
    prefix = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
  }

  @Test
  void createsAProductAndReadsItByIdAndByCode() {
    ApiClient.Response created = admin.post("/api/v1/products", course(prefix + "-IELTS"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode product = created.json();
    String id = product.get("id").asString();
    assertThat(created.header("Location")).endsWith("/api/v1/products/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    assertThat(product.get("code").asString()).isEqualTo(prefix + "-IELTS");
    assertThat(product.get("category").asString()).isEqualTo("EXAM_PREPARATION");
    assertThat(product.get("unit").asString()).isEqualTo("COURSE");
    assertThat(product.get("listPrice").decimalValue()).isEqualByComparingTo("12800.50");
    assertThat(created.body()).contains("\"listPrice\":12800.50", "\"unitCost\":0.125");
    assertThat(product.get("unitCost").decimalValue()).isEqualByComparingTo("0.125");
    assertThat(product.get("currency").asString()).isEqualTo("CNY");
    assertThat(product.get("active").asBoolean()).isTrue();
    assertThat(product.get("validFrom").asString()).isEqualTo("2026-01-01");

    ApiClient.Response byId = admin.get("/api/v1/products/" + id);
    assertThat(byId.status()).isEqualTo(200);
    assertThat(byId.header("ETag")).isEqualTo("\"0\"");
    ApiClient.Response byCode =
        admin.get("/api/v1/products/" + prefix.toLowerCase(Locale.ROOT) + "-ielts");
    assertThat(byCode.json().get("id").asString()).isEqualTo(id);
    JsonNode listed = admin.get("/api/v1/products?code=" + prefix + "-ielts").json();
    assertThat(codes(listed)).containsExactly(prefix + "-IELTS");
    assertThat(admin.get("/api/v1/products/" + prefix + "-NONE").status()).isEqualTo(404);
  }

  @Test
  void takesTheBaseCurrencyAndAnActiveFlagWhenLeftOut() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", prefix + "-HOUR");
    body.put("name", "Private tuition");
    body.put("unit", "hour");
    body.put("listPrice", "350");

    ApiClient.Response created = admin.post("/api/v1/products", body);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("currency").asString()).isEqualTo("CNY");
    assertThat(created.json().get("unit").asString()).isEqualTo("HOUR");
    assertThat(created.json().get("active").asBoolean()).isTrue();
    assertThat(created.json().get("unitCost").isNull()).isTrue();
    assertThat(created.json().get("category").isNull()).isTrue();
  }

  @Test
  void aRetriedCreateWithTheSameIdempotencyKeyMakesOneProduct() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = course(prefix + "-RETRY");
    long before = productCount();

    ApiClient.Response first = postWithKey(body, key);
    ApiClient.Response second = postWithKey(body, key);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(second.header("Location")).isEqualTo(first.header("Location"));
    assertThat(productCount()).isEqualTo(before + 1);

    ApiClient.Response reused = postWithKey(course(prefix + "-OTHER"), key);
    assertThat(reused.status()).isEqualTo(422);
    assertThat(errors(reused)).containsKey("Idempotency-Key");
    assertThat(productCount()).isEqualTo(before + 1);
  }

  @Test
  void aStaleIfMatchIsRefusedWith412AndChangesNothing() {
    String id = create(course(prefix + "-STALE"));
    String etag = admin.get("/api/v1/products/" + id).header("ETag");

    ApiClient.Response changed =
        admin.patch("/api/v1/products/" + id, Map.of("listPrice", 9900), etag);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.header("ETag")).isEqualTo("\"1\"");
    assertThat(changed.body()).contains("\"listPrice\":9900.00");
    assertThat(changed.json().get("name").asString()).isEqualTo("IELTS preparation");

    ApiClient.Response stalePatch =
        admin.patch("/api/v1/products/" + id, Map.of("name", "Too late"), etag);
    ApiClient.Response stalePut =
        admin.put("/api/v1/products/" + id, course(prefix + "-STALE"), etag);
    ApiClient.Response untagged =
        admin.patch("/api/v1/products/" + id, Map.of("name", "No tag"), null);

    assertThat(stalePatch.status()).isEqualTo(412);
    assertThat(stalePatch.header("Content-Type")).startsWith("application/problem+json");
    assertThat(stalePut.status()).isEqualTo(412);
    assertThat(untagged.status()).isEqualTo(428);
    JsonNode after = admin.get("/api/v1/products/" + id).json();
    assertThat(after.get("name").asString()).isEqualTo("IELTS preparation");
    assertThat(after.get("version").asLong()).isEqualTo(1);
  }

  @Test
  void aPutReplacesTheProductAsAWhole() {
    String id = create(course(prefix + "-PUT"));
    Map<String, Object> replacement = new LinkedHashMap<>();
    replacement.put("code", prefix + "-PUT2");
    replacement.put("name", "Business English, evening");
    replacement.put("category", "BUSINESS_ENGLISH");
    replacement.put("unit", "COURSE");
    replacement.put("listPrice", "6000");
    replacement.put("currency", "USD");
    replacement.put("active", false);

    ApiClient.Response replaced = admin.put("/api/v1/products/" + id, replacement, "\"0\"");

    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    JsonNode product = replaced.json();
    assertThat(product.get("code").asString()).isEqualTo(prefix + "-PUT2");
    assertThat(product.get("category").asString()).isEqualTo("BUSINESS_ENGLISH");
    assertThat(product.get("currency").asString()).isEqualTo("USD");
    assertThat(product.get("active").asBoolean()).isFalse();
    assertThat(product.get("unitCost").isNull()).isTrue();
    assertThat(product.get("validFrom").isNull()).isTrue();
    assertThat(product.get("description").isNull()).isTrue();
  }

  @Test
  void eachBadInputIsRefusedWith422NamingItsFieldAndNothingIsWritten() {
    create(course(prefix + "-TAKEN"));
    long before = productCount();
    Map<String, Object> cases = new LinkedHashMap<>();
    cases.put("code", "");
    cases.put("code ", "A/B");
    cases.put("code  ", prefix.toLowerCase(Locale.ROOT) + "-taken");
    cases.put("code   ", "C".repeat(41));
    cases.put("name", " ");
    cases.put("name ", "N".repeat(301));
    cases.put("unit", "BOX");
    cases.put("unit ", null);
    cases.put("listPrice", -1);
    cases.put("listPrice ", "twelve");
    cases.put("unitCost", "0.0000001");
    cases.put("unitCost ", "-0.5");
    cases.put("currency", "ABC");
    cases.put("currency ", "EURO");
    cases.put("validFrom", "2026-13-45");
    cases.put("description", "d".repeat(2001));
    cases.put("category", "NO_SUCH_CATEGORY");
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Object> bad : cases.entrySet()) {
      String field = bad.getKey().strip();
      Map<String, Object> body = course(prefix + "-BAD");
      body.put(field, bad.getValue());
      ApiClient.Response response = admin.post("/api/v1/products", body);
      boolean named = response.status() >= 400 && errors(response).containsKey(field);
      if (response.status() != 422 && response.status() != 400 || !named) {
        wrong.add(
            field + "=" + bad.getValue() + " -> " + response.status() + " " + response.body());
      }
    }
    Map<String, Object> reversed = course(prefix + "-BAD");
    reversed.put("validFrom", "2026-06-01");
    reversed.put("validTo", "2026-05-31");
    ApiClient.Response response = admin.post("/api/v1/products", reversed);
    assertThat(response.status()).isEqualTo(422);
    assertThat(errors(response))
        .containsEntry("validTo", "The last day offered may not be before the first.");

    assertThat(wrong).isEmpty();
    assertThat(productCount()).isEqualTo(before);
  }

  @Test
  void theRulesSpeakTheWritersLanguage() {
    Map<String, Object> body = course(prefix + "-ZH");
    body.put("currency", "RMB");
    ApiClient.Response response =
        admin.send(
            admin
                .builder("/api/v1/products")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));

    assertThat(response.status()).isEqualTo(422);
    assertThat(errors(response).get("currency"))
        .contains("RMB")
        .contains("ISO 4217")
        .contains("币种");
  }

  @Test
  void theListFiltersByTextCategoryAndActiveAndPagesByCursor() {
    create(with(course(prefix + "-A1"), "category", "ENGLISH"));
    create(with(course(prefix + "-A2"), "category", "BUSINESS_ENGLISH"));
    create(with(with(course(prefix + "-A3"), "category", "CONSULTING"), "active", false));

    JsonNode first = admin.get("/api/v1/products?q=" + prefix + "&limit=2").json();
    assertThat(codes(first)).containsExactly(prefix + "-A1", prefix + "-A2");
    String cursor = first.get("nextCursor").asString();
    JsonNode second =
        admin.get("/api/v1/products?q=" + prefix + "&limit=2&cursor=" + cursor).json();
    assertThat(codes(second)).containsExactly(prefix + "-A3");
    assertThat(second.get("nextCursor").isNull()).isTrue();

    assertThat(codes(admin.get("/api/v1/products?q=" + prefix + "&category=COURSES").json()))
        .containsExactly(prefix + "-A1", prefix + "-A2");
    assertThat(codes(admin.get("/api/v1/products?q=" + prefix + "&category=english").json()))
        .containsExactly(prefix + "-A1");
    assertThat(codes(admin.get("/api/v1/products?q=" + prefix + "&active=false").json()))
        .containsExactly(prefix + "-A3");
    assertThat(codes(admin.get("/api/v1/products?q=" + prefix + "&category=NOPE").json()))
        .isEmpty();

    ApiClient.Response tampered = admin.get("/api/v1/products?cursor=bm90LWEtY3Vyc29y");
    assertThat(tampered.status()).isEqualTo(422);
    assertThat(errors(tampered)).containsKey("cursor");
  }

  @Test
  void everyoneWhoReadsTheCatalogueSeesItButOnlyItsManagersChangeIt() {
    String id = create(course(prefix + "-PERM"));
    ApiClient consultant = signIn(org.user(org.branch(), "COURSE_CONSULTANT").username());
    String noCatalogue = OrgFixtures.code("NOCAT");
    roles.create(
        new SaveRole(noCatalogue, "No catalogue", null, Map.of("customer.read", Scope.OWN), null));
    ApiClient outsider = signIn(org.user(org.branch(), noCatalogue).username());

    assertThat(consultant.get("/api/v1/products/" + id).status()).isEqualTo(200);
    assertThat(consultant.get("/api/v1/product-categories").status()).isEqualTo(200);
    assertThat(consultant.post("/api/v1/products", course(prefix + "-NO")).status()).isEqualTo(403);
    assertThat(consultant.patch("/api/v1/products/" + id, Map.of("name", "x"), "\"0\"").status())
        .isEqualTo(403);
    assertThat(consultant.put("/api/v1/products/" + id, course(prefix + "-NO"), "\"0\"").status())
        .isEqualTo(403);
    assertThat(
            consultant.post("/api/v1/product-categories", Map.of("code", "X_" + prefix)).status())
        .isEqualTo(403);
    assertThat(outsider.get("/api/v1/products").status()).isEqualTo(403);
    assertThat(outsider.get("/api/v1/products/" + id).status()).isEqualTo(403);
    assertThat(outsider.get("/api/v1/product-categories").status()).isEqualTo(403);
    assertThat(admin.get("/api/v1/products/" + id).json().get("version").asLong()).isZero();
  }

  @Test
  void productChangesAreAuditedAndDescribedInWords() {
    String id = create(course(prefix + "-AUDIT"));
    admin.patch(
        "/api/v1/products/" + id, Map.of("unit", "HOUR", "category", "IT_TRAINING"), "\"0\"");

    List<AuditEntry> entries =
        auditEntries.find(new AuditFilter(null, "sales_product", id, null, null), null, 10).items();
    assertThat(entries).extracting(AuditEntry::action).contains("CREATE", "UPDATE");
    List<AuditEntryInWords> words =
        auditReader.read(entries, Locale.ENGLISH, ZoneId.of("Asia/Shanghai"));
    AuditEntryInWords update =
        words.stream().filter(w -> w.entry().action().equals("UPDATE")).findFirst().orElseThrow();
    assertThat(update.kind()).isEqualTo("Product");
    assertThat(update.recordName()).isEqualTo(prefix + "-AUDIT IELTS preparation");
    Map<String, String> changes = new HashMap<>();
    update.changes().forEach(c -> changes.put(c.label(), c.before() + " → " + c.after()));
    assertThat(changes).containsEntry("Unit", "Course → Hour");
    assertThat(changes).containsEntry("Category", "Exam preparation → IT training");
  }

  @Test
  void theCatalogueAnswersFactsByCodeRegardlessOfCase() {
    create(course(prefix + "-F1"));
    create(with(course(prefix + "-F2"), "active", false));

    ProductFacts one =
        catalogue.byCode(" " + prefix.toLowerCase(Locale.ROOT) + "-f1 ").orElseThrow();
    assertThat(one.code()).isEqualTo(prefix + "-F1");
    assertThat(one.unit()).isEqualTo(ProductUnit.COURSE);
    assertThat(one.listPrice()).isEqualByComparingTo(new BigDecimal("12800.50"));
    assertThat(one.unitCost()).isEqualByComparingTo(new BigDecimal("0.125"));
    assertThat(one.currency()).isEqualTo("CNY");
    assertThat(one.active()).isTrue();

    Map<String, ProductFacts> many =
        catalogue.byCodes(List.of(prefix + "-F1", prefix + "-f2", prefix + "-F3"));
    assertThat(many).containsOnlyKeys(prefix + "-F1", prefix + "-f2");
    assertThat(many.get(prefix + "-f2").active()).isFalse();
    assertThat(catalogue.byCode(prefix + "-F3")).isEmpty();
    assertThat(catalogue.byCodes(List.of())).isEmpty();
  }

  @Test
  void theShippedCategoryTreeIsReadableAndEditableByCode() {
    JsonNode tree = admin.get("/api/v1/product-categories").json();
    Map<String, JsonNode> byCode = new HashMap<>();
    tree.forEach(t -> byCode.put(t.get("code").asString(), t));
    assertThat(byCode).containsKeys("COURSES", "SERVICES", "GOODS", "ENGLISH", "CONSULTING");
    assertThat(byCode.get("BUSINESS_ENGLISH").get("parent").asString()).isEqualTo("COURSES");
    assertThat(byCode.get("BUSINESS_ENGLISH").get("depth").asInt()).isEqualTo(1);
    assertThat(byCode.get("COURSES").get("nameZh").asString()).isEqualTo("课程");

    String code = "KIDS_" + prefix;
    ApiClient.Response created =
        admin.post(
            "/api/v1/product-categories",
            Map.of("code", code, "parent", "ENGLISH", "nameEn", "Kids", "nameZh", "少儿英语"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("depth").asInt()).isEqualTo(2);
    ApiClient.Response renamed =
        admin.patch("/api/v1/product-categories/" + code, Map.of("nameEn", "Children"), "\"0\"");
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    assertThat(
            admin
                .patch("/api/v1/product-categories/" + code, Map.of("nameEn", "Late"), "\"0\"")
                .status())
        .isEqualTo(412);

    create(with(course(prefix + "-KID"), "category", code));
    ApiClient.Response inUse =
        admin.delete("/api/v1/product-categories/" + code, renamed.header("ETag"));
    assertThat(inUse.status()).isEqualTo(422);
    assertThat(admin.get("/api/v1/product-categories/" + code).status()).isEqualTo(200);
  }

  private static Map<String, Object> course(String code) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", "IELTS preparation");
    body.put("category", "EXAM_PREPARATION");
    body.put("unit", "COURSE");
    body.put("listPrice", "12800.50");
    body.put("unitCost", 0.125);
    body.put("currency", "CNY");
    body.put("validFrom", "2026-01-01");
    body.put("validTo", "2026-12-31");
    body.put("description", "Twelve weeks, evenings");
    return body;
  }

  private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    body.put(field, value);
    return body;
  }

  private String create(Map<String, Object> body) {
    ApiClient.Response created = admin.post("/api/v1/products", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  private ApiClient signIn(String username) {
    return new ApiClient(port).signIn(username, OrgFixtures.PASSWORD);
  }

  private ApiClient.Response postWithKey(Map<String, Object> body, String key) {
    return admin.send(
        admin
            .builder("/api/v1/products")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  private long productCount() {
    return jdbc.sql("select count(*) from sales_product").query(Long.class).single();
  }

  private static List<String> codes(JsonNode list) {
    List<String> codes = new ArrayList<>();
    list.get("items").forEach(item -> codes.add(item.get("code").asString()));
    return codes;
  }

  private static Map<String, String> errors(ApiClient.Response response) {
    Map<String, String> errors = new HashMap<>();
    JsonNode list = response.json().get("errors");
    if (list != null) {
      list.forEach(e -> errors.put(e.path("field").asString(), e.path("message").asString()));
    }
    return errors;
  }
}
