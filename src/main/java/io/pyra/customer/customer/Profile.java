package io.pyra.customer.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What the company knows about the customer beyond contact data (seed 003's customer profile). */
@Embeddable
public record Profile(
    String education,
    String interests,
    String industry,
    @Column(name = "employee_count") Integer employeeCount,
    @Column(name = "core_competencies") String coreCompetencies,
    String competitors,
    String background) {

  public static final Profile EMPTY = new Profile(null, null, null, null, null, null, null);
}
