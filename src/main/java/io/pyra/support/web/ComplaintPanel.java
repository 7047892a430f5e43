package io.pyra.support.web;

import io.pyra.support.cases.CasePanel;
import io.pyra.support.cases.CaseType;
import io.pyra.support.cases.SupportCase;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The complaint's seven steps on the case page of a complaint. */
@Component
class ComplaintPanel implements CasePanel {

  @Override
  public String id() {
    return "complaint-steps";
  }

  @Override
  public String titleKey() {
    return "complaint.panel.title";
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public boolean appliesTo(SupportCase c) {
    return c.type() == CaseType.COMPLAINT;
  }

  @Override
  public String path(UUID caseId) {
    return "/cases/" + caseId + "/complaint";
  }
}
