package io.pyra.marketing.web;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.marketing.lead.LeadDirectory;
import io.pyra.marketing.lead.LeadFilter;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Who a visit is booked for, as the booking form's picker finds them: the leads the user may see
 * (by name, phone or e-mail) and the customers the user may read (by name, code, phone or e-mail),
 * at most {@value #LIMIT} of each; and the name of the lead or customer chosen, when the user may
 * see it.
 */
@Component
class BookingVisitors {

  static final int LIMIT = 10;
  static final int QUERY_MAX = 100;

  /** A lead or a customer to choose: its name, a detail to tell namesakes apart, its address. */
  record Choice(String kind, UUID id, String name, String detail, String url) {

    static Choice lead(UUID id, String name, String phone) {
      return new Choice("LEAD", id, name, phone, url("leadId", id));
    }

    static Choice customer(UUID id, String name, String code) {
      return new Choice("CUSTOMER", id, name, code, url("customerId", id));
    }

    private static String url(String param, UUID id) {
      return UriComponentsBuilder.fromPath("/appointments/new/visitor")
          .queryParam(param, id)
          .build()
          .toUriString();
    }
  }

  private final LeadDirectory leads;
  private final CustomerApi customers;

  BookingVisitors(LeadDirectory leads, CustomerApi customers) {
    this.leads = leads;
    this.customers = customers;
  }

  /** The leads and then the customers matching {@code text}; none for a blank text. */
  List<Choice> find(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String q = text.strip();
    if (q.length() > QUERY_MAX) {
      q = q.substring(0, QUERY_MAX);
    }
    List<Choice> leadChoices =
        leads.search(new LeadFilter(null, null, null, null, null, q), null, LIMIT).items().stream()
            .map(l -> Choice.lead(l.id(), l.name(), l.phone()))
            .toList();
    List<Choice> customerChoices =
        customers.suggest(q, LIMIT).stream()
            .map(c -> Choice.customer(c.id().value(), c.name(), c.code()))
            .toList();
    return Stream.concat(leadChoices.stream(), customerChoices.stream()).toList();
  }

  /** The chosen lead (else customer) of the form, if the user may see it. */
  Choice chosen(UUID leadId, UUID customerId) {
    if (leadId != null) {
      return leads.find(leadId).map(l -> Choice.lead(l.id(), l.name(), l.phone())).orElse(null);
    }
    if (customerId != null && customers.reaches("customer.read", new CustomerId(customerId))) {
      return customers
          .find(new CustomerId(customerId))
          .map(c -> Choice.customer(c.id().value(), c.name(), c.code()))
          .orElse(null);
    }
    return null;
  }
}
