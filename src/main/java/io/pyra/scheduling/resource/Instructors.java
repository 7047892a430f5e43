package io.pyra.scheduling.resource;

import io.pyra.sales.CatalogueItemId;
import io.pyra.scheduling.ResourceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What an instructor may teach: the courses (catalogue products) recorded on their resource. */
@Component
@Transactional(readOnly = true)
public class Instructors {

  private final JdbcClient jdbc;

  Instructors(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Whether the resource is an instructor who teaches the product; false for any other resource.
   */
  public boolean qualifiedFor(ResourceId resource, CatalogueItemId product) {
    return jdbc.sql(
                """
                select count(*) from scheduling_instructor_course c
                  join scheduling_resource r on r.id = c.resource_id
                 where c.resource_id = :resource and c.product_id = :product
                   and r.kind = 'INSTRUCTOR'""")
            .param("resource", resource.value())
            .param("product", product.value())
            .query(Long.class)
            .single()
        > 0;
  }
}
