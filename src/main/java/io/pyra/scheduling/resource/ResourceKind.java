package io.pyra.scheduling.resource;

/**
 * What a resource is: a lecture room (capacity in people, equipment), a PC set (capacity in seats),
 * a projector, an instructor (an identity user with skills and courses) or spare hardware.
 */
public enum ResourceKind {
  ROOM(true),
  PC_SET(true),
  PROJECTOR(false),
  INSTRUCTOR(false),
  HARDWARE(false);

  private final boolean counted;

  ResourceKind(boolean counted) {
    this.counted = counted;
  }

  /** Whether the resource has a capacity (people in a room, seats of a PC set). */
  public boolean counted() {
    return counted;
  }
}
