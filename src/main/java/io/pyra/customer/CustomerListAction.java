package io.pyra.customer;

/**
 * A link another module adds to the customer list that carries the list's current filter
 * (marketing's "Save as audience"), without the customer module knowing that module: the list shows
 * every action bean {@link #shown() shown} to the user, above the results, and renews its address
 * whenever the filter changes. The page behind the address checks the user's rights itself.
 */
public interface CustomerListAction {

  /** The HTML id of the link, e.g. {@code save-as-audience}. */
  String id();

  /** The message key of the link's label. */
  String labelKey();

  /** Actions are shown in ascending order. */
  int order();

  /**
   * The link's address for the list's filter, written as the list's query parameters without paging
   * and sort ({@code stage=ACTIVE&tag=vip}, percent-encoded; empty for every customer).
   */
  String href(String filterQuery);

  /** Whether the signed-in user may use this action at all (by permission). */
  default boolean shown() {
    return true;
  }
}
