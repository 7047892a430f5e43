package io.pyra.marketing.appointment;

/** What came of the consultation at the visit. */
public enum ConsultationOutcome {
  ENROLLED,
  THINKING,
  NOT_INTERESTED,
  OTHER
}
