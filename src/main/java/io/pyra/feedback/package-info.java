/** Surveys, evaluations and self-assessment. */
@ApplicationModule(allowedDependencies = {"platform", "customer"})
package io.pyra.feedback;

import org.springframework.modulith.ApplicationModule;
