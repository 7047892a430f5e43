package io.pyra.marketing.form;

import io.pyra.marketing.campaign.CampaignStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The campaigns whose forms take submissions: an active campaign that has not ended. A code that is
 * unknown, or of a campaign planned, paused, completed, cancelled or past its end, has no form.
 */
@Component
class FormCampaigns {

  static final int CODE_MAX = 40;

  private final JdbcClient jdbc;

  FormCampaigns(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<FormCampaign> open(String code, LocalDate today) {
    if (code == null || code.isEmpty() || code.length() > CODE_MAX) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select id, code, name, owner_id, org_unit_id from marketing_campaign
             where code = ? and status = ? and starts_on <= ? and (ends_on is null or ends_on >= ?)""")
        .params(code, CampaignStatus.ACTIVE.name(), today, today)
        .query(FormCampaign.class)
        .optional();
  }
}
