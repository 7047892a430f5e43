package io.pyra.customer.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One value of a custom field; a multiple-choice field has one value per chosen option, numbered
 * by {@code position}. Exactly one of the typed columns is set.
 */
@Embeddable
public record FieldValue(
    @Column(name = "field_id") UUID fieldId,
    int position,
    @Column(name = "text_value") String text,
    @Column(name = "number_value") BigDecimal number,
    @Column(name = "date_value") LocalDate date,
    @Column(name = "bool_value") Boolean bool) {}
