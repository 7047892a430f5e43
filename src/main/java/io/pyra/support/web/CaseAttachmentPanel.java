package io.pyra.support.web;

import io.pyra.support.cases.CasePanel;
import io.pyra.support.cases.SupportCase;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** On every case's page: its files, with an upload form where the case is worked. */
@Component
class CaseAttachmentPanel implements CasePanel {

  @Override
  public String id() {
    return "case-attachments";
  }

  @Override
  public String titleKey() {
    return "case.attachment.title";
  }

  @Override
  public int order() {
    return 5;
  }

  @Override
  public boolean appliesTo(SupportCase c) {
    return true;
  }

  @Override
  public String path(UUID caseId) {
    return "/cases/" + caseId + "/attachments";
  }
}
