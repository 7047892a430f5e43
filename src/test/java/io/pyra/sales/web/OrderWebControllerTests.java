package io.pyra.sales.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.pyra.customer.CustomerApi;
import io.pyra.identity.security.WebSliceSecurity;
import io.pyra.platform.query.Slice;
import io.pyra.sales.money.BaseCurrency;
import io.pyra.sales.order.Order;
import io.pyra.sales.order.OrderAccess;
import io.pyra.sales.order.OrderDirectory;
import io.pyra.sales.order.OrderKind;
import io.pyra.sales.order.OrderLine;
import io.pyra.sales.order.OrderLinks;
import io.pyra.sales.order.OrderRow;
import io.pyra.sales.order.OrderService;
import io.pyra.sales.order.OrderStatus;
import io.pyra.sales.order.OrderTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The order pages behind the real security chain, with the order services mocked: the list (whole
 * page and the htmx results), the order page with its actions and payments region, and the printed
 * contract in both languages.
 */
@WebMvcTest({OrderListWebController.class, OrderWebController.class})
@Import({WebSliceSecurity.class, OrderPages.class})
class OrderWebControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean OrderDirectory directory;
  @MockitoBean OrderAccess access;
  @MockitoBean OrderLinks links;
  @MockitoBean OrderService orders;
  @MockitoBean CustomerApi customers;
  @MockitoBean BaseCurrency base;

  Order contract;
  OrderRow row;

  @BeforeEach
  void oneSignedContract() {
    UUID customer = UUID.randomUUID();
    UUID owner = UUID.randomUUID();
    contract =
        new Order(
            "SO-000042",
            new OrderTerms(
                OrderKind.CONTRACT,
                customer,
                null,
                owner,
                UUID.randomUUID(),
                null,
                null,
                Instant.parse("2026-12-05T02:00:00Z"),
                LocalDate.of(2026, 12, 5),
                "CNY",
                BigDecimal.ONE,
                null,
                LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 3, 28),
                null,
                List.of(
                    new OrderLine(
                        null,
                        "IELTS weekend course",
                        new BigDecimal("2"),
                        new BigDecimal("6400"),
                        new BigDecimal("10"),
                        new BigDecimal("2000")))),
            OrderStatus.DRAFT,
            owner,
            Instant.now());
    row =
        new OrderRow(
            contract.id(),
            "SO-000042",
            OrderKind.CONTRACT,
            OrderStatus.DRAFT,
            customer,
            "C-000007",
            "Chen Jing",
            owner,
            "Zhang Wei",
            contract.orderedAt(),
            contract.orderDay(),
            "CNY",
            contract.amount(),
            contract.cost(),
            contract.amountBase(),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            1,
            0);
    when(directory.search(any(), any(), anyInt())).thenReturn(Slice.of(List.of(row), 50, r -> "c"));
    when(directory.find(contract.id())).thenReturn(Optional.of(row));
    when(orders.get(contract.id())).thenReturn(contract);
    when(links.codes(any())).thenReturn(Map.of());
    when(base.code()).thenReturn("CNY");
    when(access.possibleOwners()).thenReturn(List.of());
    when(access.has(eq(OrderAccess.WRITE))).thenReturn(true);
  }

  @Test
  void listsTheOrdersInTheWholePageAndTheResultsAloneForHtmx() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(get("/orders").with(WebSliceSecurity.staff("order.read", "order.write")))
                .andExpect(status().isOk())
                .andExpect(view().name("sales/orders/list"))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page.select("h1").text()).isEqualTo("Orders and contracts");
    assertThat(page.select("#order-SO-000042 td").eachText())
        .contains("SO-000042", "Contract", "Chen Jing", "Zhang Wei", "11,520.00", "Draft");
    assertThat(page.select("#new-order")).hasSize(1);

    String fragment =
        mvc.perform(
                get("/orders")
                    .header("HX-Request", "true")
                    .with(WebSliceSecurity.staff("order.read")))
            .andExpect(status().isOk())
            .andExpect(view().name("sales/orders/list :: results"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(fragment).doesNotContain("<nav class=\"pyra-sidebar").contains("SO-000042");
  }

  @Test
  void refusesTheListToStaffWithoutOrderRead() throws Exception {
    mvc.perform(get("/orders").with(WebSliceSecurity.staff("customer.read")))
        .andExpect(status().isForbidden());
  }

  @Test
  void theOrderPageOffersSigningOnlyToASignerAndLoadsThePayments() throws Exception {
    when(orders.maySign(contract)).thenReturn(true);
    Document signer = detail("order.read", "order.sign");
    assertThat(signer.select("#order-title").text()).isEqualTo("Contract SO-000042");
    assertThat(signer.select("#sign-order")).hasSize(1);
    // 2 × 6,400 less 10 % = 11,520; cost 4,000; margin 7,520
    assertThat(signer.select("#order-net").text()).isEqualTo("11,520.00 CNY");
    assertThat(signer.select("#order-cost").text()).isEqualTo("4,000.00 CNY");
    assertThat(signer.select("#order-margin").text()).isEqualTo("7,520.00 CNY");
    assertThat(signer.select("#order-payments").attr("hx-get"))
        .isEqualTo("/orders/" + contract.id() + "/payments");
    assertThat(signer.select("#order-payments p").text()).isNotBlank();

    when(orders.maySign(contract)).thenReturn(false);
    assertThat(detail("order.read").select("#sign-order")).isEmpty();
  }

  @Test
  void printsTheContractInEitherLanguage() throws Exception {
    Document english = print("en");
    assertThat(english.select("#print-title").text()).isEqualTo("Contract SO-000042");
    assertThat(english.select("#print-total").text()).isEqualTo("11,520.00");
    assertThat(english.select("link[rel=stylesheet]").attr("href"))
        .isEqualTo("/css/print-order.css");
    assertThat(english.select("nav.pyra-sidebar")).isEmpty();

    Document chinese = print("zh-CN");
    assertThat(chinese.select("#print-title").text()).isEqualTo("合同 SO-000042");
    assertThat(chinese.select("#print-lines th").eachText()).contains("数量", "单价", "金额");
  }

  private Document detail(String... permissions) throws Exception {
    return Jsoup.parse(
        mvc.perform(get("/orders/" + contract.id()).with(WebSliceSecurity.staff(permissions)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private Document print(String lang) throws Exception {
    return Jsoup.parse(
        mvc.perform(
                get("/orders/" + contract.id() + "/print")
                    .param("lang", lang)
                    .with(WebSliceSecurity.staff("order.read")))
            .andExpect(status().isOk())
            .andExpect(view().name("sales/orders/print"))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
  }
}
