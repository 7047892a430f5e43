package io.pyra.marketing.demo;

import static io.pyra.platform.SqlTime.utc;

import io.pyra.platform.Ids;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes a {@link DemoFunnel} into marketing's tables with batched inserts. */
final class DemoFunnelWriter {

  private final JdbcTemplate jdbc;

  DemoFunnelWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void write(DemoFunnel funnel) {
    DemoFunnel.Staff staff = funnel.staff;
    Instant now = Instant.now();
    List<Object[]> rows = new ArrayList<>();
    for (DemoFunnel.Campaign c : funnel.campaigns) {
      rows.add(
          new Object[] {
            c.id(),
            c.code(),
            c.name(),
            c.channelId(),
            c.budget(),
            c.startsOn(),
            c.endsOn(),
            staff.marketer(),
            staff.marketingUnit(),
            c.status(),
            staff.marketer(),
            utc(now),
            utc(now)
          });
    }
    jdbc.batchUpdate(
        """
        insert into marketing_campaign (id, code, name, channel_id, budget_amount, budget_currency,
               starts_on, ends_on, owner_id, org_unit_id, status, created_by, version, created_at,
               updated_at)
        values (?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, ?, 0, ?, ?)""",
        rows);
    rows.clear();
    for (DemoFunnel.Cost c : funnel.costs) {
      rows.add(
          new Object[] {
            c.id(), c.campaignId(), c.spentOn(), c.amount(), c.note(), staff.marketer(), utc(now)
          });
    }
    jdbc.batchUpdate(
        """
        insert into marketing_campaign_cost (id, campaign_id, spent_on, amount, currency, note,
               created_by, created_at)
        values (?, ?, ?, ?, 'CNY', ?, ?, ?)""",
        rows);
    rows.clear();
    for (DemoFunnel.Lead l : funnel.leads) {
      OffsetDateTime created = utc(l.createdAt());
      OffsetDateTime updated = l.convertedAt() == null ? created : utc(l.convertedAt());
      rows.add(
          new Object[] {
            l.id(),
            l.campaignId(),
            l.source(),
            l.name(),
            l.phone(),
            l.email(),
            l.centreId(),
            l.status(),
            l.disqualifyReason(),
            l.consentEmail(),
            l.consentSms(),
            l.consentEmail() || l.consentSms() ? created : null,
            l.customerId(),
            staff.agent(),
            staff.agentUnit(),
            staff.agent(),
            created,
            updated,
            l.convertedAt() == null ? null : utc(l.convertedAt())
          });
    }
    jdbc.batchUpdate(
        """
        insert into marketing_lead (id, campaign_id, source, name, phone, email, centre_id, status,
               disqualify_reason, consent_email, consent_sms, consent_phone, consent_at, customer_id,
               owner_id, org_unit_id, created_by, version, created_at, updated_at, converted_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, 0, ?, ?, ?)""",
        rows);
    rows.clear();
    for (DemoFunnel.Appointment a : funnel.appointments) {
      Instant ends = a.startsAt().plusSeconds(3600);
      rows.add(
          new Object[] {
            a.id(),
            a.leadId(),
            a.customerId(),
            a.campaignId(),
            a.centreId(),
            a.consultantId(),
            utc(a.startsAt()),
            utc(ends),
            a.status(),
            staff.agent(),
            a.arrivedAt() == null ? null : staff.frontDesk(),
            a.arrivedAt() == null ? null : utc(a.arrivedAt()),
            "NO_SHOW".equals(a.status()) ? utc(a.startsAt().plusSeconds(3600)) : null,
            "CANCELLED".equals(a.status()) ? utc(a.bookedAt().plusSeconds(7200)) : null,
            a.outcome(),
            utc(a.bookedAt()),
            utc(a.bookedAt()),
            utc(a.bookedAt())
          });
    }
    jdbc.batchUpdate(
        """
        insert into marketing_appointment (id, lead_id, customer_id, campaign_id, centre_id,
               consultant_id, starts_at, ends_at, status, booked_by, received_by, arrived_at,
               no_show_at, cancelled_at, outcome, confirmation_sent_at, version, created_at,
               updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""",
        rows);
    List<Object[]> leadEvents = new ArrayList<>();
    List<Object[]> changes = new ArrayList<>();
    for (DemoFunnel.Event e : funnel.events) {
      if (e.appointmentId() == null) {
        leadEvents.add(
            new Object[] {Ids.newId(), e.leadId(), utc(e.at()), e.kind(), e.status(), e.actor()});
      } else {
        changes.add(
            new Object[] {
              Ids.newId(), e.appointmentId(), utc(e.at()), e.kind(), e.actor(), e.status()
            });
      }
    }
    jdbc.batchUpdate(
        """
        insert into marketing_lead_event (id, lead_id, at, kind, to_status, actor_id)
        values (?, ?, ?, ?, ?, ?)""",
        leadEvents);
    jdbc.batchUpdate(
        """
        insert into marketing_appointment_change (id, appointment_id, at, kind, actor_id, note)
        values (?, ?, ?, ?, ?, ?)""",
        changes);
  }
}
