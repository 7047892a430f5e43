package io.pyra.scheduling.report;

import io.pyra.platform.LocalizedName;
import io.pyra.sales.CatalogueItem;
import io.pyra.sales.CatalogueItemId;
import io.pyra.sales.SalesApi;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The courses (catalogue products of sales) the reports name: the active catalogue read once, and a
 * product no longer active looked up by itself.
 */
@Component
class Courses {

  /** A course as a report names it. */
  record Course(UUID id, String code, LocalizedName name) {}

  private final SalesApi sales;

  Courses(SalesApi sales) {
    this.sales = sales;
  }

  Map<UUID, Course> of(Collection<UUID> productIds) {
    Map<UUID, Course> courses = new HashMap<>();
    if (productIds.isEmpty()) {
      return courses;
    }
    for (CatalogueItem item : sales.catalogueItems()) {
      if (!item.category() && productIds.contains(item.id().value())) {
        courses.put(item.id().value(), new Course(item.id().value(), item.code(), item.name()));
      }
    }
    for (UUID id : productIds) {
      if (!courses.containsKey(id)) {
        Course course =
            sales
                .catalogueItem(new CatalogueItemId(id))
                .map(i -> new Course(id, i.code(), i.name()))
                .orElse(new Course(id, "?", new LocalizedName("?", "?")));
        courses.put(id, course);
      }
    }
    return courses;
  }
}
