package io.pyra.sales.pipeline;

/**
 * Create or change a stage of a pipeline; {@code code} is fixed once created, {@code outcome} is
 * OPEN, WON or LOST, {@code probability} 0 to 100.
 */
public record SaveStage(
    String code,
    String nameEn,
    String nameZh,
    Integer sortOrder,
    Integer probability,
    String outcome,
    Boolean active,
    Long version) {}
