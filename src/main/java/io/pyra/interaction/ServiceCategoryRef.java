package io.pyra.interaction;

import io.pyra.platform.LocalizedName;

/**
 * A service category as other modules see it (consulting; management and business support;
 * maintenance and construction …), addressed by its code.
 */
public record ServiceCategoryRef(String code, LocalizedName name, boolean active) {}
