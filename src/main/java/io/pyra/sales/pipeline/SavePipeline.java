package io.pyra.sales.pipeline;

/** Create or change a pipeline; {@code code} is fixed once created. */
public record SavePipeline(
    String code, String nameEn, String nameZh, Integer sortOrder, Boolean active, Long version) {}
