package io.pyra.sales.web;

import io.pyra.sales.money.BaseCurrency;
import io.pyra.sales.money.ExchangeRates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchange rates over the API: base-currency units for one unit of a currency, from a day. Read by
 * every user; added by holders of sales.settings.
 */
@Tag(name = "Sales settings")
@RestController
@RequestMapping("/api/v1/exchange-rates")
class ExchangeRateRestController {

  record RateJson(String currency, LocalDate validFrom, String rate, String baseCurrency) {}

  record RateList(String baseCurrency, List<RateJson> items) {}

  record RateRequest(
      @Size(max = 3) String currency,
      @Size(max = 10) String validFrom,
      @Size(max = 30) String rate) {}

  private final ExchangeRates rates;
  private final BaseCurrency base;

  ExchangeRateRestController(ExchangeRates rates, BaseCurrency base) {
    this.rates = rates;
    this.base = base;
  }

  @Operation(summary = "Every stored rate, by currency, newest first")
  @GetMapping
  RateList list() {
    String code = base.code();
    return new RateList(
        code,
        rates.all().stream()
            .map(r -> new RateJson(r.currency(), r.validFrom(), r.rate().toPlainString(), code))
            .toList());
  }

  @Operation(
      summary =
          "Add the rate of a currency from a day (replaces that day's rate; sales.settings): "
              + "rate = base-currency units for one unit of the currency")
  @PostMapping
  ResponseEntity<RateJson> add(@RequestBody RateRequest request) {
    ExchangeRates.Rate added = rates.add(request.currency(), request.validFrom(), request.rate());
    return ResponseEntity.created(URI.create("/api/v1/exchange-rates"))
        .body(
            new RateJson(
                added.currency(), added.validFrom(), added.rate().toPlainString(), base.code()));
  }
}
