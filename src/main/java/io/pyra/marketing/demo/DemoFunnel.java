package io.pyra.marketing.demo;

import io.pyra.platform.Ids;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A year of the demo company's funnel, computed in memory from a seeded {@link Random}: campaigns
 * and their monthly costs, leads, their appointments and what became of them. Written by {@link
 * DemoFunnelWriter}.
 */
final class DemoFunnel {

  record Staff(UUID marketer, UUID marketingUnit, UUID agent, UUID agentUnit, UUID frontDesk) {}

  record Centre(UUID id, ZoneId zone, List<UUID> consultants) {}

  record Buyer(UUID customerId, LocalDate firstSale) {}

  record Campaign(
      UUID id,
      String code,
      String name,
      UUID channelId,
      BigDecimal budget,
      LocalDate startsOn,
      LocalDate endsOn,
      String status,
      String source) {}

  record Cost(UUID id, UUID campaignId, LocalDate spentOn, BigDecimal amount, String note) {}

  record Lead(
      UUID id,
      UUID campaignId,
      String source,
      String name,
      String phone,
      String email,
      UUID centreId,
      Instant createdAt,
      boolean consentEmail,
      boolean consentSms,
      String status,
      String disqualifyReason,
      UUID customerId,
      Instant convertedAt) {}

  record Appointment(
      UUID id,
      UUID leadId,
      UUID customerId,
      UUID campaignId,
      UUID centreId,
      UUID consultantId,
      Instant bookedAt,
      Instant startsAt,
      String status,
      Instant arrivedAt,
      String outcome) {}

  /** A history entry of a lead ({@code appointment} null) or of an appointment. */
  record Event(
      UUID leadId, UUID appointmentId, Instant at, String kind, String status, UUID actor) {}

  private static final String[][] CAMPAIGNS = {
    // code, name, channel, months ago it started, months it ran, monthly cost (CNY), lead source
    {"DEMO-SEM", "Spring term search ads", "SEARCH_ADS", "12", "12", "18000", "OTHER"},
    {"DEMO-SOCIAL", "Summer camp on social media", "SOCIAL_MEDIA", "7", "4", "12000", "OTHER"},
    {"DEMO-OPENDAY", "Open days at the centres", "EVENTS", "10", "8", "6000", "EVENT"},
    {"DEMO-SMS", "SMS to past enquirers", "SMS", "5", "5", "1500", "OTHER"},
    {"DEMO-NEWS", "Monthly e-mail newsletter", "EMAIL", "12", "12", "800", "OTHER"},
    {"DEMO-LEAFLET", "Leaflets near primary schools", "PRINT", "9", "3", "4000", "OTHER"},
    {"DEMO-FRIEND", "Bring a friend", "REFERRAL", "8", "8", "2000", "REFERRAL"},
    {"DEMO-PARTNER", "Partner kindergartens", "PARTNER", "6", "6", "3000", "OTHER"}
  };
  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"
  };
  private static final String[] GIVEN = {
    "子涵", "欣怡", "梓萱", "浩然", "宇轩", "一诺", "雨桐", "俊熙", "诗涵", "子墨", "思远", "嘉怡"
  };
  private static final String[] REASONS = {
    "NOT_INTERESTED", "UNREACHABLE", "OUT_OF_AREA", "NOT_INTERESTED", "DUPLICATE", "OTHER"
  };
  private static final String[] OUTCOMES = {"ENROLLED", "THINKING", "NOT_INTERESTED", "OTHER"};

  final List<Campaign> campaigns = new ArrayList<>();
  final List<Cost> costs = new ArrayList<>();
  final List<Lead> leads = new ArrayList<>();
  final List<Appointment> appointments = new ArrayList<>();
  final List<Event> events = new ArrayList<>();
  final Staff staff;

  private final Random random;
  private final LocalDate today;
  private final List<Centre> centres;
  private final Map<String, UUID> channels;
  private final List<Buyer> buyers;
  private final Set<UUID> boughtBy = new HashSet<>();
  private final Set<String> taken = new HashSet<>();
  private int nextBuyer;

  DemoFunnel(
      Random random,
      LocalDate today,
      Staff staff,
      List<Centre> centres,
      Map<String, UUID> channels,
      List<Buyer> buyers) {
    this.random = random;
    this.today = today;
    this.staff = staff;
    this.centres = centres;
    this.channels = channels;
    this.buyers = buyers;
  }

  void generate(int leadsPerDay) {
    campaigns();
    LocalDate first = today.minusDays(364);
    for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
      double progress = ChronoUnit.DAYS.between(first, day) / 364.0;
      int count = Math.max(1, leadsPerDay + random.nextInt(5) - 2);
      for (int i = 0; i < count; i++) {
        lead(day, progress);
      }
    }
  }

  private void campaigns() {
    for (String[] c : CAMPAIGNS) {
      UUID channel = channels.get(c[2]);
      if (channel == null) {
        continue;
      }
      LocalDate start = today.minusMonths(Integer.parseInt(c[3])).withDayOfMonth(1);
      LocalDate end = start.plusMonths(Integer.parseInt(c[4])).minusDays(1);
      boolean running = !end.isBefore(today);
      BigDecimal monthly = new BigDecimal(c[5]);
      Campaign campaign =
          new Campaign(
              Ids.newId(),
              c[0],
              c[1],
              channel,
              monthly.multiply(BigDecimal.valueOf(Long.parseLong(c[4]))),
              start,
              end,
              running ? "ACTIVE" : "COMPLETED",
              c[6]);
      campaigns.add(campaign);
      for (LocalDate month = start;
          !month.isAfter(end) && !month.isAfter(today);
          month = month.plusMonths(1)) {
        // a month's spend varies by up to 20 % either way
        BigDecimal amount =
            monthly
                .multiply(BigDecimal.valueOf(80 + random.nextInt(41)))
                .divide(BigDecimal.valueOf(100));
        costs.add(new Cost(Ids.newId(), campaign.id(), month.plusDays(4), amount, "Monthly spend"));
      }
    }
  }

  private void lead(LocalDate day, double progress) {
    List<Campaign> running =
        campaigns.stream()
            .filter(c -> !c.startsOn().isAfter(day) && !c.endsOn().isBefore(day))
            .toList();
    Campaign campaign =
        running.isEmpty() || random.nextInt(100) < 15
            ? null
            : running.get(random.nextInt(running.size()));
    String source =
        campaign == null
            ? (random.nextBoolean() ? "WALK_IN" : "PHONE")
            : "OTHER".equals(campaign.source())
                ? (random.nextInt(3) == 0 ? "PHONE" : "WEB_FORM")
                : campaign.source();
    Centre centre = centres.get(random.nextInt(centres.size()));
    ZoneId zone = centre.zone();
    Instant created =
        day.atTime(9 + random.nextInt(12), random.nextInt(60)).atZone(zone).toInstant();
    if (created.isAfter(Instant.now())) {
      created = Instant.now().minusSeconds(60L + random.nextInt(3600));
    }
    UUID leadId = Ids.newId();
    int n = leads.size() + 1;
    String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    String phone = "+86139" + String.format("%08d", 10_000_000 + n * 37 % 89_999_999);
    String email = random.nextInt(3) == 0 ? "lead" + n + "@demo.pyra.local" : null;
    events.add(new Event(leadId, null, created, "CREATED", "NEW", staff.agent()));

    String status;
    String reason = null;
    UUID customer = null;
    Instant converted = null;
    // the call centre books fewer visits and fewer visitors come as the year goes on (seed 001)
    boolean booked = random.nextInt(100) < 62 - (int) (14 * progress);
    if (!booked) {
      int roll = random.nextInt(100);
      boolean recent = day.isAfter(today.minusDays(7));
      status = recent && roll < 60 ? "NEW" : roll < 75 ? "CONTACTED" : "DISQUALIFIED";
      if ("DISQUALIFIED".equals(status)) {
        reason = REASONS[random.nextInt(REASONS.length)];
        events.add(
            new Event(
                leadId, null, created.plusSeconds(86_400), "DISQUALIFIED", status, staff.agent()));
      }
    } else {
      Instant bookedAt = created.plusSeconds(3600L * (1 + random.nextInt(30)));
      LocalDate visitDay = day.plusDays(1 + random.nextInt(6));
      UUID consultant = centre.consultants().get(random.nextInt(centre.consultants().size()));
      Instant startsAt = slot(centre, consultant, visitDay);
      UUID appointmentId = Ids.newId();
      events.add(
          new Event(
              leadId, null, bookedAt, "APPOINTMENT_BOOKED", "APPOINTMENT_BOOKED", staff.agent()));
      events.add(new Event(null, appointmentId, bookedAt, "BOOKED", null, staff.agent()));
      String visit;
      Instant arrived = null;
      String outcome = null;
      if (startsAt.isAfter(Instant.now())) {
        visit = "BOOKED";
        status = "APPOINTMENT_BOOKED";
      } else {
        int roll = random.nextInt(100);
        int arrivalRate = 78 - (int) (26 * progress);
        visit = roll < 5 ? "CANCELLED" : roll < 5 + arrivalRate ? "ARRIVED" : "NO_SHOW";
        if ("ARRIVED".equals(visit)) {
          arrived = startsAt.minusSeconds(60L * random.nextInt(15));
          status = "ARRIVED";
          events.add(new Event(leadId, null, arrived, "ARRIVED", "ARRIVED", staff.frontDesk()));
          events.add(new Event(null, appointmentId, arrived, "ARRIVED", null, staff.frontDesk()));
          if (random.nextInt(100) < 85) {
            outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
            events.add(
                new Event(
                    null,
                    appointmentId,
                    startsAt.plusSeconds(3000),
                    "CONSULTED",
                    outcome,
                    consultant));
          }
          if ("ENROLLED".equals(outcome) || random.nextInt(100) < 15) {
            customer = buyer(visitDay);
            if (customer != null) {
              status = "CONVERTED";
              converted = startsAt.plusSeconds(7200);
              events.add(new Event(leadId, null, converted, "CONVERTED", "CONVERTED", consultant));
            }
          }
        } else {
          status = "CONTACTED";
          Instant at =
              "NO_SHOW".equals(visit) ? startsAt.plusSeconds(3600) : bookedAt.plusSeconds(7200);
          events.add(
              new Event(
                  leadId,
                  null,
                  at,
                  "NO_SHOW".equals(visit) ? "NO_SHOW" : "STATUS",
                  status,
                  staff.frontDesk()));
          events.add(new Event(null, appointmentId, at, visit, null, staff.frontDesk()));
        }
      }
      appointments.add(
          new Appointment(
              appointmentId,
              leadId,
              customer,
              campaign == null ? null : campaign.id(),
              centre.id(),
              consultant,
              bookedAt,
              startsAt,
              visit,
              arrived,
              outcome));
    }
    boolean optedIn = random.nextInt(100) < 55;
    leads.add(
        new Lead(
            leadId,
            campaign == null ? null : campaign.id(),
            source,
            name,
            phone,
            email,
            centre.id(),
            created,
            optedIn && email != null,
            optedIn,
            status,
            reason,
            customer,
            converted));
  }

  /** A free hour of the consultant on that day, 10:00 to 19:00 in the centre's time. */
  private Instant slot(Centre centre, UUID consultant, LocalDate day) {
    for (int tries = 0; tries < 40; tries++) {
      LocalDate d = day.plusDays(tries / 10);
      int hour = 10 + random.nextInt(10);
      Instant at = d.atTime(LocalTime.of(hour, 0)).atZone(centre.zone()).toInstant();
      if (taken.add(consultant + "@" + at)) {
        return at;
      }
    }
    return day.plusDays(5).atTime(LocalTime.of(19, 0)).atZone(centre.zone()).toInstant();
  }

  /** The next customer whose first purchase came within a month after the visit, once each. */
  private UUID buyer(LocalDate visitDay) {
    while (nextBuyer < buyers.size() && buyers.get(nextBuyer).firstSale().isBefore(visitDay)) {
      nextBuyer++;
    }
    for (int i = nextBuyer; i < buyers.size(); i++) {
      Buyer buyer = buyers.get(i);
      if (buyer.firstSale().isAfter(visitDay.plusDays(30))) {
        return null;
      }
      if (boughtBy.add(buyer.customerId())) {
        return buyer.customerId();
      }
    }
    return null;
  }
}
