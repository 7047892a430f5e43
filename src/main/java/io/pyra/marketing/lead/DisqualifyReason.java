package io.pyra.marketing.lead;

/** Why a lead is not worked on any more. */
public enum DisqualifyReason {
  NOT_INTERESTED,
  UNREACHABLE,
  DUPLICATE,
  SPAM,
  OUT_OF_AREA,
  OTHER
}
