package io.pyra.marketing.form;

import static io.pyra.platform.SqlTime.utc;

import io.pyra.platform.Ids;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a form's lead as NEW, source WEB_FORM, owned by the campaign's owner in the campaign's org
 * unit, with its first history entry (the client address in its note): a sign-up of the campaign
 * (the campaign's figures count its WEB_FORM leads).
 */
@Component
class StoredFormLeads implements FormLeads {

  private final JdbcClient jdbc;

  StoredFormLeads(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static String note(FormLead lead) {
    return "web form from " + lead.clientAddress();
  }

  @Override
  @Transactional
  public void receive(FormLead lead) {
    UUID id = Ids.newId();
    Instant now = Instant.now();
    boolean consented = lead.consentEmail() || lead.consentSms() || lead.consentPhone();
    jdbc.sql(
            """
            insert into marketing_lead (id, campaign_id, source, name, phone, email, centre_id, notes,
                   status, consent_email, consent_sms, consent_phone, consent_at, owner_id, org_unit_id,
                   version, created_at, updated_at)
            values (?, ?, 'WEB_FORM', ?, ?, ?, ?, ?, 'NEW', ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
        .params(
            id,
            lead.campaign().id(),
            lead.name(),
            lead.phone(),
            lead.email(),
            lead.centreId(),
            lead.message(),
            lead.consentEmail(),
            lead.consentSms(),
            lead.consentPhone(),
            consented ? utc(now) : null,
            lead.campaign().ownerId(),
            lead.campaign().orgUnitId(),
            utc(now),
            utc(now))
        .update();
    jdbc.sql(
            """
            insert into marketing_lead_event (id, lead_id, at, kind, to_status, note)
            values (?, ?, ?, 'CREATED', 'NEW', ?)""")
        .params(Ids.newId(), id, utc(now), note(lead))
        .update();
  }
}
