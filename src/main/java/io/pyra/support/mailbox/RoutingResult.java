package io.pyra.support.mailbox;

/** A router's answer: it took the mail onto {@code reference}, or it passes. */
public record RoutingResult(boolean routed, MailReference reference) {

  private static final RoutingResult PASS = new RoutingResult(false, null);

  public RoutingResult {
    if (routed && reference == null) {
      throw new IllegalArgumentException("a routed mail needs the reference it went to");
    }
    if (!routed && reference != null) {
      throw new IllegalArgumentException("a mail passed on has no reference");
    }
  }

  /** The router took the mail onto this record (e.g. the case the mail replies to). */
  public static RoutingResult routedTo(MailReference reference) {
    return new RoutingResult(true, reference);
  }

  /** The router leaves the mail to the next one. */
  public static RoutingResult pass() {
    return PASS;
  }
}
