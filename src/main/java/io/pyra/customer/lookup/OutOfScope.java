package io.pyra.customer.lookup;

import java.util.List;

/**
 * The customers a lookup found that the caller may not open, as the caller may learn of them: how
 * many, and the names of the branches (org units) that own them. Never their names, codes or
 * contacts.
 */
public record OutOfScope(int count, List<String> branches) {

  public static final OutOfScope NONE = new OutOfScope(0, List.of());

  public OutOfScope {
    branches = List.copyOf(branches);
  }

  public boolean any() {
    return count > 0;
  }
}
