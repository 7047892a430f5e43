package io.pyra.marketing.web;

import io.pyra.marketing.mailing.MailingChannel;
import io.pyra.marketing.mailing.MailingRow;
import io.pyra.marketing.mailing.SaveMailing;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The form of a mailing: a new one, or a draft being changed (with the version read). */
public class MailingForm {

  private UUID campaignId;
  private UUID audienceId;
  private MailingChannel channel = MailingChannel.EMAIL;

  @Size(max = 5)
  private String language = "en";

  @Size(max = 200)
  private String subject;

  @Size(max = 5000)
  private String body;

  private Long version;

  static MailingForm of(MailingRow row) {
    MailingForm form = new MailingForm();
    form.campaignId = row.campaignId();
    form.audienceId = row.audienceId();
    form.channel = row.channel();
    form.language = row.language();
    form.subject = row.subject();
    form.body = row.body();
    form.version = row.version();
    return form;
  }

  SaveMailing command() {
    return new SaveMailing(campaignId, audienceId, channel, language, subject, body);
  }

  public UUID getCampaignId() {
    return campaignId;
  }

  public void setCampaignId(UUID campaignId) {
    this.campaignId = campaignId;
  }

  public UUID getAudienceId() {
    return audienceId;
  }

  public void setAudienceId(UUID audienceId) {
    this.audienceId = audienceId;
  }

  public MailingChannel getChannel() {
    return channel;
  }

  public void setChannel(MailingChannel channel) {
    this.channel = channel;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
