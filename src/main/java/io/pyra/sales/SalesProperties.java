package io.pyra.sales;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sales module. {@code baseCurrency} ({@code PYRA_BASE_CURRENCY}, default CNY) is
 * only the first value of the base currency: at start-up it is stored when no base currency is
 * stored yet; afterwards the administrator's setting holds.
 */
@ConfigurationProperties("pyra.sales")
public record SalesProperties(@DefaultValue("CNY") String baseCurrency) {}
