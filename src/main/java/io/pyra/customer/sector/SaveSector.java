package io.pyra.customer.sector;

import java.util.UUID;

/**
 * Create or change a sector ({@code parentId} null) or a sub-sector; {@code code} is fixed once
 * created.
 */
public record SaveSector(
    UUID parentId,
    String code,
    String nameEn,
    String nameZh,
    Integer sortOrder,
    Boolean active,
    Long version) {}
