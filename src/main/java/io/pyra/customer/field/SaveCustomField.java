package io.pyra.customer.field;

import java.util.List;

/** Define or change a custom field ({@code code} and {@code type} are fixed once created). */
public record SaveCustomField(
    String code,
    String labelEn,
    String labelZh,
    String type,
    boolean required,
    List<String> choices,
    int position,
    Boolean active,
    Long version) {}
