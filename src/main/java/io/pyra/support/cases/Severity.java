package io.pyra.support.cases;

/** How serious the matter is for the customer (seed 001 counts serious and minor complaints). */
public enum Severity {
  SERIOUS,
  MINOR
}
