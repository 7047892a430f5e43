package io.pyra.marketing.web;

import io.pyra.customer.CustomerListAction;
import io.pyra.identity.CurrentUser;
import io.pyra.marketing.mailing.MailingAccess;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Save as audience" on the customer list: opens the audience form with the list's filter filled
 * in; shown to those who may record audiences.
 */
@Component
class SaveAsAudienceAction implements CustomerListAction {

  private final CurrentUser currentUser;

  SaveAsAudienceAction(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public String id() {
    return "save-as-audience";
  }

  @Override
  public String labelKey() {
    return "audience.fromCustomers";
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public String href(String filterQuery) {
    return UriComponentsBuilder.fromPath("/audiences/new")
        .queryParam("filter", "{filter}")
        .encode()
        .buildAndExpand(filterQuery)
        .toUriString();
  }

  @Override
  public boolean shown() {
    return currentUser.has(MailingAccess.WRITE_AUDIENCE);
  }
}
