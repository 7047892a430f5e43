package io.pyra.interaction.web;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerPanel;
import io.pyra.identity.CurrentUser;
import io.pyra.interaction.record.ContactRecordService;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * "Log this call" on the known-caller card: type, subject and notes, saved without leaving the
 * card, then "Create follow-up task" in one more click.
 */
@Component
class CallLogPanel implements CustomerPanel {

  private final CurrentUser currentUser;

  CallLogPanel(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public String id() {
    return "call-log";
  }

  @Override
  public String titleKey() {
    return "interaction.callLog.title";
  }

  @Override
  public int order() {
    return 5;
  }

  @Override
  public Set<Place> places() {
    return Set.of(Place.CARD);
  }

  @Override
  public String path(CustomerId customerId) {
    return "/customers/" + customerId + "/call-log";
  }

  @Override
  public boolean shown() {
    return currentUser.has(ContactRecordService.CREATE);
  }
}
