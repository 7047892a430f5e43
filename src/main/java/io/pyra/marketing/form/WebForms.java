package io.pyra.marketing.form;

import io.pyra.marketing.mailing.CampaignCounters;
import io.pyra.platform.error.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public lead forms, one per open campaign: what a visitor sees and what becomes of a post. A
 * post is counted against its client address first; past the limit nothing else happens. A post
 * with the honeypot filled is answered as if received and stored nowhere.
 */
@Service
public class WebForms {

  private static final Logger log = LoggerFactory.getLogger(WebForms.class);

  private final FormCampaigns campaigns;
  private final FormCentres centres;
  private final FormCheck check;
  private final AddressThrottle throttle;
  private final ClientAddress addresses;
  private final FormLeads leads;
  private final CampaignCounters counters;
  private final Clock clock;

  WebForms(
      FormCampaigns campaigns,
      FormCentres centres,
      FormCheck check,
      AddressThrottle throttle,
      ClientAddress addresses,
      FormLeads leads,
      CampaignCounters counters) {
    this.campaigns = campaigns;
    this.centres = centres;
    this.check = check;
    this.throttle = throttle;
    this.addresses = addresses;
    this.leads = leads;
    this.counters = counters;
    this.clock = Clock.systemUTC();
  }

  /** A form as shown: the campaign's name and the centres to choose from. */
  public record Form(String code, String campaignName, List<CentreChoice> centres) {}

  /** A centre on the form. */
  public record CentreChoice(String code, String name) {}

  /** What became of a post. */
  public sealed interface Result {}

  /** Stored (or, for a robot, pretended so). */
  public record Received() implements Result {}

  /** Refused: the fields and their rules; nothing stored. */
  public record Refused(Form form, List<RuleViolation> violations) implements Result {}

  /** Too many posts from this address: try again after {@code retryAfterSeconds}. */
  public record Throttled(long retryAfterSeconds) implements Result {}

  /** The form of an open campaign, if it has one. */
  public Optional<Form> form(String campaignCode) {
    return campaigns.open(campaignCode, LocalDate.now(clock)).map(this::form);
  }

  /** The form of an open campaign as a visitor opens it: counted as an opening of the page. */
  @Transactional
  public Optional<Form> open(String campaignCode) {
    Optional<FormCampaign> campaign = campaigns.open(campaignCode, LocalDate.now(clock));
    campaign.ifPresent(c -> counters.add(c.id(), CampaignCounters.Kind.LANDING_PAGE_OPENED, 1));
    return campaign.map(this::form);
  }

  /** Takes a post; empty when the campaign has no open form. */
  public Optional<Result> submit(
      String campaignCode, LeadFormInput input, HttpServletRequest request) {
    Optional<FormCampaign> campaign = campaigns.open(campaignCode, LocalDate.now(clock));
    if (campaign.isEmpty()) {
      return Optional.empty();
    }
    String address = addresses.of(request);
    long wait = throttle.take(address);
    if (wait > 0) {
      return Optional.of(new Throttled(wait));
    }
    if (input.getWebsite() != null && !input.getWebsite().isBlank()) {
      log.debug("Form post of campaign {} with its honeypot filled: not stored", campaignCode);
      return Optional.of(new Received());
    }
    FormCheck.Outcome outcome = check.check(campaign.get(), input, address);
    if (!outcome.violations().isEmpty()) {
      return Optional.of(new Refused(form(campaign.get()), outcome.violations()));
    }
    leads.receive(outcome.lead());
    return Optional.of(new Received());
  }

  private Form form(FormCampaign campaign) {
    return new Form(
        campaign.code(),
        campaign.name(),
        centres.of(campaign).stream().map(c -> new CentreChoice(c.code(), c.name())).toList());
  }
}
