package io.pyra.marketing.appointment;

import io.pyra.identity.UserId;
import io.pyra.interaction.MyDayContribution;
import io.pyra.interaction.MyDayEntry;
import io.pyra.platform.SqlTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A consultant's visits of the day (booked or arrived) on their My day. */
@Component
class ConsultantVisits implements MyDayContribution {

  private final JdbcClient jdbc;
  private final MessageSource messages;

  ConsultantVisits(JdbcClient jdbc, MessageSource messages) {
    this.jdbc = jdbc;
    this.messages = messages;
  }

  @Override
  public String id() {
    return "my-visits";
  }

  @Override
  public String titleKey() {
    return "appointment.myDay.title";
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public List<MyDayEntry> entries(UserId user, Instant from, Instant to, Locale locale) {
    return jdbc.sql(
            """
            select a.id, a.starts_at, a.status, coalesce(l.name, cc.name), ou.name
              from marketing_appointment a
              left join marketing_lead l on l.id = a.lead_id
              left join customer_card_view cc on cc.id = a.customer_id
              left join identity_org_unit_view ou on ou.id = a.centre_id
             where a.consultant_id = :me and a.status in ('BOOKED', 'ARRIVED')
               and a.starts_at >= :from and a.starts_at < :to
             order by a.starts_at, a.id fetch first 50 rows only""")
        .param("me", user.value())
        .param("from", SqlTime.utc(from))
        .param("to", SqlTime.utc(to))
        .query(
            (rs, n) ->
                new MyDayEntry(
                    SqlTime.instant(rs.getObject(2, OffsetDateTime.class)),
                    rs.getString(4),
                    messages.getMessage(
                        "appointment.myDay.detail",
                        new Object[] {
                          rs.getString(5),
                          messages.getMessage("appointment.status." + rs.getString(3), null, locale)
                        },
                        locale),
                    "/appointments/" + rs.getObject(1, UUID.class)))
        .list();
  }
}
