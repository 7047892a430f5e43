package io.pyra.integration.importing;

import io.pyra.sales.SalesImportApi;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run of a sales import (orders, products or payments): who runs it, the time zone and currency
 * the file is read in, and what the run has already looked up (rates, products, customers) or
 * counted for its audit record.
 */
final class SalesImportContext {

  final UUID actorId;
  final String actorName;
  final UUID actorOrgUnitId;
  final UUID importId;
  final Locale locale;
  final ZoneId zone;

  /** The company's time zone: an order's day is the day of its time there. */
  final ZoneId companyZone;

  /** The currency of rows without one: the form's, else the base currency. */
  final String currency;

  final String baseCurrency;

  /**
   * The order number's last row in the file (orders only); when {@link #grouped}, only of the
   * numbers whose rows are scattered.
   */
  final Map<String, Integer> lastRowOf = new ConcurrentHashMap<>();

  /**
   * Whether the upload found which orders' rows are scattered (every other order's rows come one
   * after the other).
   */
  volatile boolean grouped;

  final Map<String, NavigableMap<LocalDate, BigDecimal>> rates = new ConcurrentHashMap<>();

  /** Products by code, as stored or created by this run. */
  final Map<String, SalesImportApi.StoredProduct> products = new ConcurrentHashMap<>();

  /**
   * Customers by code: found (or created by this run), or empty when the importer may not see it.
   */
  final Map<String, Optional<KnownCustomer>> customers = new ConcurrentHashMap<>();

  /**
   * The customers and products (by code) a decided chunk is to create and has not written yet: a
   * chunk decided meanwhile counts on them instead of creating them again.
   */
  final java.util.Set<String> pendingCustomers = ConcurrentHashMap.newKeySet();

  final java.util.Set<String> pendingProducts = ConcurrentHashMap.newKeySet();

  /** Product categories by code, read once per run (products only). */
  volatile java.util.Set<String> categories;

  final AtomicInteger created = new AtomicInteger();
  final AtomicInteger replaced = new AtomicInteger();
  final AtomicInteger unchanged = new AtomicInteger();
  final AtomicInteger refused = new AtomicInteger();
  final AtomicInteger customersCreated = new AtomicInteger();
  final AtomicInteger productsCreated = new AtomicInteger();

  SalesImportContext(
      UUID actorId,
      String actorName,
      UUID actorOrgUnitId,
      UUID importId,
      Locale locale,
      ZoneId zone,
      ZoneId companyZone,
      String currency,
      String baseCurrency) {
    this.actorId = actorId;
    this.actorName = actorName;
    this.actorOrgUnitId = actorOrgUnitId;
    this.importId = importId;
    this.locale = locale;
    this.zone = zone;
    this.companyZone = companyZone;
    this.currency = currency == null || currency.isBlank() ? baseCurrency : currency;
    this.baseCurrency = baseCurrency;
  }

  /** A customer an order names: its id, owner and org unit. */
  record KnownCustomer(UUID id, UUID ownerId, UUID orgUnitId) {}

  SalesImportApi.ImportRun run() {
    return new SalesImportApi.ImportRun(importId, new io.pyra.identity.UserId(actorId), actorName);
  }
}
