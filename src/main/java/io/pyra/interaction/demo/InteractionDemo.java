package io.pyra.interaction.demo;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerKind;
import io.pyra.customer.OwnedCustomer;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.interaction.ContactChannel;
import io.pyra.interaction.job.JobService;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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
 * The demo company's contact history ({@code ./pyra run --demo}): jobs of organizations in many
 * countries, and a few hundred contact records of the last half year, each by the customer's owner.
 * Loaded once, after the customers, into an empty contact record table.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "pyra.demo.enabled", havingValue = "true")
class InteractionDemo implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InteractionDemo.class);
  private static final String[][] OFFICES = {
    {"CN", "Beijing"},
    {"CN", "Shanghai"},
    {"HK", "Central"},
    {"SG", "Singapore"},
    {"GB", "London"},
    {"DE", "Frankfurt"},
    {"AE", "Dubai"},
    {"SA", "Riyadh"},
    {"MY", "Kuala Lumpur"},
    {"AU", "Sydney"}
  };
  private static final String[] CATEGORIES = {
    "CONSULTING", "MANAGEMENT_SUPPORT", "MAINTENANCE_CONSTRUCTION"
  };
  private static final String[] STATUSES = {
    "OPEN", "ACTIVE", "ACTIVE", "ACTIVE", "ON_HOLD", "COMPLETED"
  };
  private static final String[] JOB_NAMES = {
    "Staff English programme",
    "Management training",
    "Campus maintenance",
    "Business English for sales",
    "企业培训项目",
    "管理咨询项目",
    "Office fit-out",
    "Leadership workshop series"
  };
  private static final Map<String, String[]> SUBJECTS =
      Map.of(
          "COURSE_INQUIRY",
              new String[] {
                "Asked about the IELTS weekend class", "咨询少儿英语课程", "Course schedule for adults"
              },
          "PRICE_INQUIRY",
              new String[] {"Asked for the price list", "询问团体报名优惠", "Quote for 20 staff"},
          "ORDER", new String[] {"Confirmed enrolment", "确认报名续费", "Ordered the spring term"},
          "COMPLAINT", new String[] {"Teacher changed too often", "投诉上课时间变更", "Invoice was wrong"},
          "INFORMATION_GATHERING",
              new String[] {"Updated company profile", "了解培训需求", "Collected staff numbers"},
          "HELP_REQUEST",
              new String[] {"Could not log in to the portal", "请求调课", "Lost course material"},
          "CONSULTATION",
              new String[] {"Placement consultation", "学习规划咨询", "Study abroad consultation"},
          "VISIT", new String[] {"Visited the centre", "到访中心参观", "Trial lesson visit"},
          "RETURN_VISIT",
              new String[] {"Follow-up call after the trial lesson", "课后回访", "Satisfaction check"});

  private static final int PAGE = 500;
  private static final int ORGANIZATIONS_WITH_JOBS = 60;

  private final JdbcTemplate jdbc;
  private final CustomerApi customerApi;
  private final IdentityApi identity;
  private final int count;

  InteractionDemo(
      JdbcTemplate jdbc,
      CustomerApi customerApi,
      IdentityApi identity,
      @Value("${pyra.demo.contact-records:400}") int count) {
    this.jdbc = jdbc;
    this.customerApi = customerApi;
    this.identity = identity;
    this.count = count;
  }

  private record Customer(UUID id, UUID ownerId, UUID orgUnitId, boolean organization) {}

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Long existing = jdbc.queryForObject("select count(*) from interaction_record", Long.class);
    if (existing != null && existing > 0) {
      log.info("Demo: contact records are already there, nothing loaded");
      return;
    }
    // contact records go to the first customers by code, jobs to the first organizations
    int reached = Math.max(50, count / 3);
    List<Customer> customers = customers(reached);
    if (customers.isEmpty()) {
      return;
    }
    Map<String, UUID> types = new HashMap<>();
    jdbc.query(
        "select code, id from interaction_type",
        rs -> {
          types.put(rs.getString(1), rs.getObject(2, UUID.class));
        });
    Map<UUID, List<UUID>> contacts = new HashMap<>();
    customerApi
        .contactIds(
            customers.stream()
                .limit(reached)
                .map(customer -> new CustomerId(customer.id()))
                .toList())
        .forEach((customer, ids) -> contacts.put(customer.value(), ids));
    Random random = new Random(20261124L);
    Instant now = Instant.now();
    Map<UUID, List<Object[]>> jobsByCustomer = jobs(customers, random, now);
    List<Object[]> records = new ArrayList<>();
    List<String> codes = new ArrayList<>(SUBJECTS.keySet());
    codes.sort(String::compareTo);
    for (int i = 0; i < count; i++) {
      Customer customer = customers.get(random.nextInt(Math.min(customers.size(), reached)));
      String type = codes.get(random.nextInt(codes.size()));
      String[] subjects = SUBJECTS.get(type);
      Instant at = now.minus(random.nextInt(180 * 24 * 60), ChronoUnit.MINUTES);
      List<UUID> people = contacts.getOrDefault(customer.id(), List.of());
      List<Object[]> jobs = jobsByCustomer.getOrDefault(customer.id(), List.of());
      Object[] job =
          jobs.isEmpty() || random.nextInt(3) == 0 ? null : jobs.get(random.nextInt(jobs.size()));
      ContactChannel channel =
          ContactChannel.values()[random.nextInt(ContactChannel.values().length)];
      records.add(
          new Object[] {
            Ids.newId(),
            customer.id(),
            people.isEmpty() ? null : people.get(random.nextInt(people.size())),
            job == null ? null : job[0],
            types.get(type),
            channel.name(),
            random.nextBoolean() ? "INBOUND" : "OUTBOUND",
            subjects[random.nextInt(subjects.length)],
            null,
            null,
            5 + random.nextInt(55),
            SqlTime.utc(at),
            job == null ? null : job[4],
            job == null ? null : job[5],
            customer.ownerId(),
            customer.orgUnitId(),
            SqlTime.utc(at),
            SqlTime.utc(at)
          });
    }
    jdbc.batchUpdate(
        """
        insert into interaction_record (id, customer_id, contact_id, job_id, type_id, channel, direction, subject, notes,
          outcome, duration_minutes, occurred_at, country, office, author_id, org_unit_id, version, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""",
        records);
    log.warn(
        "Demo: loaded {} jobs and {} contact records",
        jobsByCustomer.values().stream().mapToInt(List::size).sum(),
        records.size());
  }

  /**
   * The live customers in the order of their codes, with their owners' org units, as far as the
   * first {@code reached} customers and the first organizations go (all, when there are fewer).
   */
  private List<Customer> customers(int reached) {
    List<Customer> customers = new ArrayList<>();
    Map<UserId, Optional<UserSummary>> owners = new HashMap<>();
    int organizations = 0;
    String after = null;
    while (customers.size() < reached || organizations < ORGANIZATIONS_WITH_JOBS) {
      List<OwnedCustomer> page = customerApi.customersAfter(after, PAGE);
      for (OwnedCustomer customer : page) {
        Optional<UserSummary> user = owners.computeIfAbsent(customer.owner(), identity::user);
        if (user.isEmpty()) {
          continue;
        }
        boolean organization = customer.kind() == CustomerKind.ORGANIZATION;
        customers.add(
            new Customer(
                customer.id().value(),
                customer.owner().value(),
                user.get().orgUnitId().value(),
                organization));
        organizations += organization ? 1 : 0;
      }
      if (page.size() < PAGE) {
        break;
      }
      after = page.getLast().code();
    }
    return customers;
  }

  private Map<UUID, List<Object[]>> jobs(List<Customer> customers, Random random, Instant now) {
    Map<String, UUID> categories = new HashMap<>();
    jdbc.query(
        "select code, id from interaction_service_category",
        rs -> {
          categories.put(rs.getString(1), rs.getObject(2, UUID.class));
        });
    Map<UUID, List<Object[]>> byCustomer = new HashMap<>();
    List<Object[]> rows = new ArrayList<>();
    for (Customer customer :
        customers.stream().filter(Customer::organization).limit(ORGANIZATIONS_WITH_JOBS).toList()) {
      for (int j = 0; j < 1 + random.nextInt(3); j++) {
        String[] office = OFFICES[random.nextInt(OFFICES.length)];
        long number = jdbc.queryForObject("select nextval('interaction_job_code_seq')", Long.class);
        Instant created = now.minus(200 + random.nextInt(400), ChronoUnit.DAYS);
        Object[] row = {
          Ids.newId(),
          JobService.code(number),
          customer.id(),
          JOB_NAMES[random.nextInt(JOB_NAMES.length)],
          office[0],
          office[1],
          categories.get(CATEGORIES[random.nextInt(CATEGORIES.length)]),
          STATUSES[random.nextInt(STATUSES.length)],
          customer.orgUnitId(),
          customer.ownerId(),
          SqlTime.utc(created),
          SqlTime.utc(created)
        };
        rows.add(row);
        byCustomer
            .computeIfAbsent(customer.id(), k -> new ArrayList<>())
            .add(new Object[] {row[0], null, null, null, office[0], office[1]});
      }
    }
    jdbc.batchUpdate(
        """
        insert into interaction_job (id, code, customer_id, name, country, office, service_category_id, status,
          org_unit_id, created_by, version, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""",
        rows);
    return byCustomer;
  }
}
