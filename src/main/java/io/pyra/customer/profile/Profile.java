package io.pyra.customer.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** What the company knows about the customer beyond contact data (seed 003's customer profile). */
@Embeddable
public record Profile(
    @Size(max = 200) String education,
    @Size(max = 1000) String interests,
    @Size(max = 200) String industry,
    @Column(name = "employee_count") Integer employeeCount,
    @Size(max = 1000) @Column(name = "core_competencies") String coreCompetencies,
    @Size(max = 1000) String competitors,
    @Size(max = 4000) String background) {

  public static final Profile EMPTY = new Profile(null, null, null, null, null, null, null);
}
