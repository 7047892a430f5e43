package io.pyra.marketing.mailing;

import io.pyra.marketing.campaign.CampaignService;
import io.pyra.platform.error.BusinessRuleException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's target audience ({@code marketing_campaign.audience_id}): read where the campaign is
 * seen, chosen where {@code campaign.write} reaches the campaign, among the audiences the user
 * sees. Like its costs, it does not change the campaign's version.
 */
@Service
@Transactional
public class CampaignAudiences {

  private final JdbcClient jdbc;
  private final CampaignService campaigns;
  private final SavedAudiences audiences;

  CampaignAudiences(JdbcClient jdbc, CampaignService campaigns, SavedAudiences audiences) {
    this.jdbc = jdbc;
    this.campaigns = campaigns;
    this.audiences = audiences;
  }

  /** The target audience of a campaign the user sees, if it has one and the user sees it. */
  @Transactional(readOnly = true)
  public Optional<AudienceRow> of(UUID campaignId) {
    campaigns.get(campaignId);
    return jdbc.sql("select audience_id from marketing_campaign where id = :id")
        .param("id", campaignId)
        .query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
        .single()
        .flatMap(audiences::find);
  }

  /** Makes {@code audienceId} (null: none) the campaign's target audience. */
  public void choose(UUID campaignId, UUID audienceId) {
    campaigns.writable(campaignId);
    if (audienceId != null && audiences.find(audienceId).isEmpty()) {
      throw new BusinessRuleException("audienceId", "unknown", "mailing.audience.unknown");
    }
    jdbc.sql("update marketing_campaign set audience_id = :audience where id = :id")
        .param("id", campaignId)
        .param("audience", audienceId)
        .update();
  }
}
