package io.pyra.sales.web;

import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.web.ETags;
import io.pyra.sales.money.BaseCurrency;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sales settings over the API: the base currency (read by every user, changed with
 * sales.settings).
 */
@Tag(name = "Sales settings")
@RestController
@RequestMapping("/api/v1/sales/settings")
class SalesSettingsRestController {

  record SettingsJson(String baseCurrency, long version, Instant updatedAt) {}

  record SettingsRequest(@Size(max = 3) String baseCurrency) {}

  private final BaseCurrency base;

  SalesSettingsRestController(BaseCurrency base) {
    this.base = base;
  }

  @Operation(summary = "The base currency in which every analysis reports")
  @GetMapping
  ResponseEntity<SettingsJson> get() {
    BaseCurrency.Setting setting = base.setting();
    return ResponseEntity.ok()
        .eTag(ETags.of(setting.version()))
        .body(new SettingsJson(setting.currency(), setting.version(), setting.updatedAt()));
  }

  @Operation(summary = "Change the base currency (sales.settings; If-Match required)")
  @PutMapping
  ResponseEntity<SettingsJson> put(
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody SettingsRequest request) {
    if (!base.mayChange()) {
      throw new AccessRefusedException("sales.settings is needed to change the base currency");
    }
    long version = ETags.required(ifMatch, "sales_setting");
    if (request.baseCurrency() == null) {
      throw new BusinessRuleException("baseCurrency", "required", "sales.currency.required");
    }
    BaseCurrency.Setting setting = base.change(request.baseCurrency(), version);
    return ResponseEntity.ok()
        .eTag(ETags.of(setting.version()))
        .body(new SettingsJson(setting.currency(), setting.version(), setting.updatedAt()));
  }
}
