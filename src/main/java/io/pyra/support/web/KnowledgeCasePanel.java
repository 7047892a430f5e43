package io.pyra.support.web;

import io.pyra.support.cases.CasePanel;
import io.pyra.support.cases.SupportCase;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** On every case's page: the knowledge articles linked to it and those its text suggests. */
@Component
class KnowledgeCasePanel implements CasePanel {

  @Override
  public String id() {
    return "case-articles";
  }

  @Override
  public String titleKey() {
    return "knowledge.case.title";
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public boolean appliesTo(SupportCase c) {
    return true;
  }

  @Override
  public String path(UUID caseId) {
    return "/cases/" + caseId + "/articles";
  }
}
