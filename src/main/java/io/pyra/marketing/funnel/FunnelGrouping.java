package io.pyra.marketing.funnel;

import java.util.Locale;

/**
 * What the funnel's rows stand for: each lead falls into exactly one row, so the rows add up to the
 * total. The key of a row is text: an id (campaign, channel, centre, agent, consultant), a source
 * code, or a month {@code yyyy-MM}; leads without one (no campaign, no centre, no appointment) form
 * a row of their own with an empty key.
 */
public enum FunnelGrouping {
  /** The lead's campaign. */
  CAMPAIGN(FunnelSql.BY_CAMPAIGN, FunnelSql.BY_CAMPAIGN_MONTHLY),
  /** The lead's source (web form, phone, walk-in …). */
  SOURCE(FunnelSql.BY_SOURCE, FunnelSql.BY_SOURCE_MONTHLY),
  /** The channel of the lead's campaign. */
  CHANNEL(FunnelSql.BY_CAMPAIGN, FunnelSql.BY_CAMPAIGN_MONTHLY),
  /** The lead's preferred centre. */
  CENTRE(FunnelSql.BY_CENTRE, FunnelSql.BY_CENTRE_MONTHLY),
  /** The lead's owner: the call-centre agent who works it. */
  AGENT(FunnelSql.BY_AGENT, FunnelSql.BY_AGENT_MONTHLY),
  /** The consultant of the lead's first appointment that was not cancelled. */
  CONSULTANT(FunnelSql.BY_CONSULTANT, FunnelSql.BY_CONSULTANT_MONTHLY),
  /** The month the lead was created, in the company's time zone. */
  MONTH(FunnelSql.BY_MONTH, null);

  private final String tail;
  private final String monthlyTail;

  FunnelGrouping(String tail, String monthlyTail) {
    this.tail = tail;
    this.monthlyTail = monthlyTail;
  }

  /** The statement after the leads' conditions: appointments, sales and the grouped select. */
  String tail() {
    return tail;
  }

  /**
   * The same statement grouped by the month of the lead too (its 14th column), for the table and
   * its trend in one run; none for MONTH, whose rows are the trend.
   */
  String monthlyTail() {
    return monthlyTail;
  }

  /** Whether a campaign's costs are given to this grouping's rows whole (not shared by leads). */
  public boolean costsWhole() {
    return this == CAMPAIGN || this == CHANNEL || this == MONTH;
  }

  /** The name in the API and on the page: {@code campaign}, {@code month}. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The grouping a parameter names, or null when it names none. */
  public static FunnelGrouping parse(String text) {
    if (text == null || text.isBlank()) {
      return CAMPAIGN;
    }
    for (FunnelGrouping grouping : values()) {
      if (grouping.parameter().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return grouping;
      }
    }
    return null;
  }
}
