package io.pyra.scheduling.setup;

/**
 * Where one machine of a set-up request is: not touched yet, installed with the profile, verified
 * (checked and ready for the class), or failed (its note says why).
 */
public enum MachineState {
  PENDING,
  INSTALLED,
  VERIFIED,
  FAILED
}
