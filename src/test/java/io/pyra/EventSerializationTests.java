package io.pyra;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomersMerged;
import io.pyra.identity.ApiTokenFirstUsed;
import io.pyra.identity.ApiTokenId;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.SignedIn;
import io.pyra.identity.UserId;
import io.pyra.interaction.ContactRecordId;
import io.pyra.interaction.ContactRecordLogged;
import io.pyra.platform.Ids;
import io.pyra.sales.CustomerSalesMoved;
import io.pyra.sales.OpportunityId;
import io.pyra.sales.OpportunityLost;
import io.pyra.sales.OpportunityWon;
import io.pyra.sales.OrderCancelled;
import io.pyra.sales.OrderId;
import io.pyra.sales.OrderPlaced;
import io.pyra.sales.PaymentId;
import io.pyra.sales.PaymentReceived;
import io.pyra.sales.RefundId;
import io.pyra.sales.RefundIssued;
import io.pyra.sales.SalesImported;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events other modules listen to survive the event publication registry, which stores them as
 * JSON until every listener is done: each one, typed ids included, reads back equal to what was
 * published, with the registry's serializer and with the application's JSON mapper.
 */
@PyraIntegrationTest
class EventSerializationTests {

  @Autowired EventSerializer registry;
  @Autowired JsonMapper json;

  static List<Object> events() {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return List.of(
        new CustomersMerged(
            new CustomerId(Ids.newId()),
            new CustomerId(Ids.newId()),
            "C-000042",
            new UserId(Ids.newId())),
        new ContactRecordLogged(
            new ContactRecordId(Ids.newId()),
            new CustomerId(Ids.newId()),
            new UserId(Ids.newId()),
            at,
            "RETURN_VISIT"),
        new SignedIn(new UserId(Ids.newId()), "agent.wang"),
        new ApiTokenFirstUsed(new ApiTokenId(Ids.newId()), new UserId(Ids.newId()), "agent.wang"),
        new PaymentReceived(
            new PaymentId(Ids.newId()),
            new OrderId(Ids.newId()),
            new CustomerId(Ids.newId()),
            new BigDecimal("1200.50"),
            "USD",
            new BigDecimal("8523.550000"),
            at,
            LocalDate.of(2026, 12, 5),
            false,
            new UserId(Ids.newId())),
        new RefundIssued(
            new RefundId(Ids.newId()),
            new OrderId(Ids.newId()),
            null,
            new BigDecimal("100.000000"),
            "CNY",
            new BigDecimal("100.000000"),
            at,
            LocalDate.of(2026, 12, 5),
            new UserId(Ids.newId())),
        new OrderPlaced(
            new OrderId(Ids.newId()),
            null,
            "C536379",
            "CREDIT_NOTE",
            LocalDate.of(2010, 12, 1),
            "GBP",
            new BigDecimal("-27.500000"),
            new BigDecimal("-247.500000"),
            new BigDecimal("-90.000000"),
            new UserId(Ids.newId()),
            new OrgUnitId(Ids.newId())),
        new OrderCancelled(
            new OrderId(Ids.newId()),
            new CustomerId(Ids.newId()),
            "SO-000042",
            "CONTRACT",
            LocalDate.of(2026, 3, 1),
            true,
            new BigDecimal("8760.500000"),
            new BigDecimal("3040.000000")),
        new OpportunityWon(
            new OpportunityId(Ids.newId()),
            new CustomerId(Ids.newId()),
            new UserId(Ids.newId()),
            new UserId(Ids.newId()),
            new BigDecimal("12000.00"),
            "CNY",
            "TRAINING",
            at),
        new OpportunityLost(
            new OpportunityId(Ids.newId()),
            null,
            new UserId(Ids.newId()),
            new UserId(Ids.newId()),
            new BigDecimal("5000"),
            "USD",
            "B2B",
            "PROPOSAL",
            "PRICE",
            "Acme Training 英语",
            at),
        new CustomerSalesMoved(new CustomerId(Ids.newId()), new CustomerId(Ids.newId()), 3, 1),
        new SalesImported(25900, 12));
  }

  @Test
  void everyEventReadsBackEqualFromTheRegistry() {
    for (Object event : events()) {
      Object stored = registry.serialize(event);

      assertThat(registry.deserialize(stored, event.getClass()))
          .as(stored.toString())
          .isEqualTo(event);
    }
  }

  @Test
  void everyEventReadsBackEqualWithTheApplicationsJsonMapper() {
    for (Object event : events()) {
      String text = json.writeValueAsString(event);

      assertThat(json.readValue(text, event.getClass())).as(text).isEqualTo(event);
    }
  }
}
