package io.pyra.marketing.demo;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
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
 * The demo company's marketing ({@code ./pyra run --demo}): campaigns over the past year with their
 * monthly costs, a year of leads from them (and walk-ins and referrals), appointments at the three
 * centres with their consultants, arrivals, no-shows and cancellations (the arrival rate falling
 * over the year, as in seed 001), consultations, and conversions into the demo customers who then
 * bought (from the published {@code sales_customer_day_view}), so the funnel pages show a real
 * shape. Computed from a fixed seed and loaded once, after the sales, into empty lead tables.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "pyra.demo.enabled", havingValue = "true")
class MarketingDemo implements ApplicationRunner {

  static final long SEED = 20261206L;
  private static final Logger log = LoggerFactory.getLogger(MarketingDemo.class);

  private final JdbcTemplate jdbc;
  private final IdentityApi identity;
  private final ZoneId zone;
  private final int leadsPerDay;

  MarketingDemo(
      JdbcTemplate jdbc,
      IdentityApi identity,
      @Value("${pyra.time-zone:Asia/Shanghai}") String zone,
      @Value("${pyra.demo.leads-per-day:8}") int leadsPerDay) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.zone = ZoneId.of(zone);
    this.leadsPerDay = leadsPerDay;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Long leads = jdbc.queryForObject("select count(*) from marketing_lead", Long.class);
    if (leads != null && leads > 0) {
      log.info("Demo: marketing is already there, nothing loaded");
      return;
    }
    Optional<UserSummary> marketer = identity.userByUsername("marketing");
    Optional<UserSummary> agent = identity.userByUsername("call.centre.agent");
    Optional<UserSummary> frontDesk = identity.userByUsername("front.desk");
    List<DemoFunnel.Centre> centres = centres();
    if (marketer.isEmpty() || agent.isEmpty() || frontDesk.isEmpty() || centres.isEmpty()) {
      log.info("Demo: no demo company, no marketing loaded");
      return;
    }
    LocalDate today = LocalDate.now(zone);
    DemoFunnel funnel =
        new DemoFunnel(
            new Random(SEED),
            today,
            new DemoFunnel.Staff(
                marketer.get().id().value(),
                marketer.get().orgUnitId().value(),
                agent.get().id().value(),
                agent.get().orgUnitId().value(),
                frontDesk.get().id().value()),
            centres,
            channels(),
            buyers(today));
    funnel.generate(leadsPerDay);
    new DemoFunnelWriter(jdbc).write(funnel);
    log.warn(
        "Demo marketing loaded: {} campaigns with {} costs, {} leads, {} appointments",
        funnel.campaigns.size(),
        funnel.costs.size(),
        funnel.leads.size(),
        funnel.appointments.size());
  }

  /** The centres (branches) with their active staff below them as consultants. */
  private List<DemoFunnel.Centre> centres() {
    Map<UUID, DemoFunnel.Centre> centres = new LinkedHashMap<>();
    jdbc.query(
        """
        select b.id, b.time_zone, u.id from identity_org_unit_view b
          join identity_org_unit_view o on o.path like b.path || '%'
          join identity_user_view u on u.org_unit_id = o.id and u.active
         where b.kind = 'BRANCH'
         order by b.code, u.id""",
        rs -> {
          UUID id = rs.getObject(1, UUID.class);
          centres
              .computeIfAbsent(
                  id, key -> new DemoFunnel.Centre(key, zoneOf(rs, 2), new ArrayList<>()))
              .consultants()
              .add(rs.getObject(3, UUID.class));
        });
    // consultants only: the course consultants of the centre's teams
    Set<UserId> courseConsultants =
        identity
            .roleByCode("COURSE_CONSULTANT")
            .map(r -> identity.holders(r.id()))
            .orElse(Set.of());
    List<DemoFunnel.Centre> withConsultants = new ArrayList<>();
    for (DemoFunnel.Centre centre : centres.values()) {
      List<UUID> consultants =
          centre.consultants().stream()
              .filter(u -> courseConsultants.contains(new UserId(u)))
              .toList();
      if (!consultants.isEmpty()) {
        withConsultants.add(new DemoFunnel.Centre(centre.id(), centre.zone(), consultants));
      }
    }
    return withConsultants;
  }

  private static ZoneId zoneOf(java.sql.ResultSet rs, int column) {
    try {
      return ZoneId.of(rs.getString(column));
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, UUID> channels() {
    Map<String, UUID> channels = new LinkedHashMap<>();
    jdbc.query(
        "select code, id from marketing_channel",
        rs -> {
          channels.put(rs.getString(1), rs.getObject(2, UUID.class));
        });
    return channels;
  }

  /** Customers' first days with a sale in the past year, oldest first: who a lead became. */
  private List<DemoFunnel.Buyer> buyers(LocalDate today) {
    return jdbc.query(
        """
        select customer_id, min(sale_day) from sales_customer_day_view
         where sales > 0 and sale_day > ? and sale_day <= ?
         group by customer_id order by min(sale_day), customer_id""",
        (rs, n) ->
            new DemoFunnel.Buyer(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)),
        today.minusDays(360),
        today);
  }
}
