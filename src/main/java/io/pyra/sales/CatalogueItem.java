package io.pyra.sales;

import io.pyra.platform.LocalizedName;

/**
 * A product (course, service) or a product category of the catalogue, as another module refers to
 * it (a lead's interest): its id, whether it is a category, its code and its name in English and
 * Chinese (a product has one name for both).
 */
public record CatalogueItem(
    CatalogueItemId id, boolean category, String code, LocalizedName name) {}
