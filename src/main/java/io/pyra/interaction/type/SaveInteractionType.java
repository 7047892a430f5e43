package io.pyra.interaction.type;

/**
 * Create or change a contact record type: its parent (by code; none for a top-level type), its code
 * (fixed once created), names in English and Chinese, order, the return-visit flag, whether it may
 * still be chosen, and the version read (for changes).
 */
public record SaveInteractionType(
    String parent,
    String code,
    String nameEn,
    String nameZh,
    Integer sortOrder,
    Boolean returnVisit,
    Boolean active,
    Long version) {}
