package io.pyra.scheduling.resource;

/**
 * Whether a resource is available over an interval; when not, why ({@code reason}) and, for a
 * closure or leave, the one found first.
 */
public record AvailabilityAnswer(Unavailability reason, Closure closure) {

  static final AvailabilityAnswer AVAILABLE = new AvailabilityAnswer(null, null);

  public boolean available() {
    return reason == null;
  }

  static AvailabilityAnswer not(Unavailability reason) {
    return new AvailabilityAnswer(reason, null);
  }
}
