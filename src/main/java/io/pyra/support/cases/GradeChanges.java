package io.pyra.support.cases;

import io.pyra.analytics.CustomerGradesChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A customer's grade changed (an override set or removed, a grading run): their open cases are held
 * to the targets of their new grade at once, with the reason on each case's history.
 */
@Component
class GradeChanges {

  private final SlaWatch watch;

  GradeChanges(SlaWatch watch) {
    this.watch = watch;
  }

  @ApplicationModuleListener
  void on(CustomerGradesChanged changed) {
    watch.regrade(changed.customerId());
  }
}
