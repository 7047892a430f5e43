package io.pyra.sales;

import io.pyra.customer.CustomerId;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An opportunity of the B2B pipeline as an import gives it: its code (the file's id), a title, the
 * customer (null: none), owner and the owner's org unit, the stage's code, the days it was engaged
 * and closed, the amount in {@code currency} and the product's code (null: none).
 */
public record ImportedOpportunity(
    String code,
    String title,
    CustomerId customer,
    UserId owner,
    OrgUnitId orgUnit,
    String stage,
    LocalDate engagedOn,
    LocalDate closedOn,
    BigDecimal amount,
    String currency,
    String productCode) {}
