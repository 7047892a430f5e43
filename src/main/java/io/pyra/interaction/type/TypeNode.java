package io.pyra.interaction.type;

/**
 * A type in tree order with its depth (0 for a top-level type) and whether it counts as a return
 * visit.
 */
public record TypeNode(
    InteractionType type,
    int depth,
    String parentCode,
    boolean countsAsReturnVisit,
    boolean usable) {

  /** The type, under the name the shared taxonomy pages use. */
  public InteractionType term() {
    return type;
  }
}
