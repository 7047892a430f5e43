package io.pyra.marketing.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An actual cost of a campaign as a user typed it: the day, the amount, its currency, a note. */
public record RecordCost(LocalDate spentOn, BigDecimal amount, String currency, String note) {}
