package io.pyra.customer.demo;

import io.pyra.customer.CustomerKind;
import io.pyra.customer.LifecycleStage;
import io.pyra.customer.profile.CustomerCodes;
import io.pyra.customer.profile.NameKey;
import io.pyra.customer.sector.Sector;
import io.pyra.customer.sector.SectorService;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserSummary;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo company's customers ({@code ./pyra run --demo}): a few thousand organizations and
 * persons, Chinese and English, spread over sectors, stages and the demo staff, organizations with
 * contact persons. Loaded once, into an empty customer table, with batched inserts.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "pyra.demo.enabled", havingValue = "true")
class CustomerDemo implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CustomerDemo.class);
  private static final LifecycleStage[] STAGES = LifecycleStage.values();
  private static final String[] TAGS = {
    "vip", "ielts", "business-english", "kids", "corporate", "referral", "weekend"
  };

  private final JdbcTemplate jdbc;
  private final IdentityApi identity;
  private final SectorService sectors;
  private final CustomerCodes codes;
  private final int count;

  CustomerDemo(
      JdbcTemplate jdbc,
      IdentityApi identity,
      SectorService sectors,
      CustomerCodes codes,
      @Value("${pyra.demo.customers:3000}") int count) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.sectors = sectors;
    this.codes = codes;
    this.count = count;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Long existing = jdbc.queryForObject("select count(*) from customer_customer", Long.class);
    if (existing != null && existing > 0) {
      log.info("Demo: customers are already there, nothing loaded");
      return;
    }
    List<UserSummary> owners =
        identity.activeUsers().stream().filter(u -> !"admin".equals(u.username())).toList();
    if (owners.isEmpty()) {
      owners = identity.activeUsers();
    }
    List<UUID> sectorIds =
        sectors.tree().stream().filter(s -> s.parentId() != null).map(Sector::id).toList();
    DemoNames names = new DemoNames(20261122L);
    List<Object[]> customers = new ArrayList<>();
    List<Object[]> phones = new ArrayList<>();
    List<Object[]> emails = new ArrayList<>();
    List<Object[]> tags = new ArrayList<>();
    List<Object[]> contacts = new ArrayList<>();
    Instant now = Instant.now();
    for (int i = 0; i < count; i++) {
      boolean chinese = names.chinese();
      boolean organization = names.nextInt(100) < 35;
      String city = names.city(chinese);
      String name =
          organization
              ? names.organization(chinese, city) + (i % 7 == 0 ? " " + (i / 7) : "")
              : names.person(chinese);
      UserSummary owner = owners.get(names.nextInt(owners.size()));
      UUID id = Ids.newId();
      Instant created = now.minus(names.nextInt(900), ChronoUnit.DAYS);
      customers.add(
          new Object[] {
            id,
            codes.next(),
            (organization ? CustomerKind.ORGANIZATION : CustomerKind.PERSON).name(),
            name,
            NameKey.of(name),
            STAGES[names.nextInt(STAGES.length)].name(),
            owner.id().value(),
            OrgUnitId.valueOrNull(owner.orgUnitId()),
            organization || names.nextInt(3) == 0
                ? sectorIds.get(names.nextInt(sectorIds.size()))
                : null,
            chinese ? "CN" : "HK",
            city,
            SqlTime.utc(created),
            SqlTime.utc(created)
          });
      phones.add(new Object[] {id, 0, names.mobile(chinese), "mobile"});
      emails.add(
          new Object[] {id, 0, "customer" + i + "@example." + (chinese ? "cn" : "com"), null});
      if (names.nextInt(3) == 0) {
        tags.add(new Object[] {id, names.pick(TAGS)});
      }
      for (int c = 0; organization && c < 1 + names.nextInt(3); c++) {
        contacts.add(
            new Object[] {
              Ids.newId(),
              id,
              names.person(chinese),
              names.pick(
                  new String[] {"HR manager", "Training coordinator", "CEO", "人事经理", "培训主管"}),
              names.mobile(chinese),
              "contact" + i + "." + c + "@example.com",
              SqlTime.utc(created),
              SqlTime.utc(created)
            });
      }
    }
    jdbc.batchUpdate(
        """
        insert into customer_customer (id, code, kind, name, name_key, stage, owner_id, org_unit_id, sector_id,
          country, city, version, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""",
        customers);
    jdbc.batchUpdate(
        "insert into customer_phone (customer_id, position, number, label) values (?, ?, ?, ?)",
        phones);
    jdbc.batchUpdate(
        "insert into customer_email (customer_id, position, address, label) values (?, ?, ?, ?)",
        emails);
    jdbc.batchUpdate("insert into customer_tag (customer_id, tag) values (?, ?)", tags);
    jdbc.batchUpdate(
        """
        insert into customer_contact (id, customer_id, name, title, phone, email, version, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, 0, ?, ?)""",
        contacts);
    log.warn("Demo: loaded {} customers with {} contacts", customers.size(), contacts.size());
  }
}
