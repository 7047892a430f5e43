package io.pyra.support.web;

import io.pyra.support.cases.CaseStatus;
import io.pyra.support.cases.SlaState;
import org.springframework.stereotype.Component;

/**
 * The colours of the case badges, for the templates ({@code @caseBadges.sla(state)}): green on
 * track, amber at risk, red breached, grey paused, blue met.
 */
@Component("caseBadges")
public class CaseBadges {

  public String sla(SlaState state) {
    return switch (state) {
      case ON_TRACK -> "text-bg-success";
      case AT_RISK -> "text-bg-warning";
      case BREACHED -> "text-bg-danger";
      case PAUSED -> "text-bg-secondary";
      case MET -> "text-bg-primary";
    };
  }

  public String status(CaseStatus status) {
    return switch (status) {
      case NEW -> "text-bg-info";
      case IN_PROGRESS -> "text-bg-primary";
      case WAITING_ON_CUSTOMER -> "text-bg-secondary";
      case RESOLVED -> "text-bg-success";
      case CLOSED -> "text-bg-dark";
    };
  }
}
