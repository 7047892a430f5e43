package io.pyra.marketing.lead;

/** Where a lead came from. */
public enum LeadSource {
  WEB_FORM,
  PHONE,
  WALK_IN,
  REFERRAL,
  EVENT,
  IMPORT,
  API,
  OTHER
}
