package io.pyra.marketing.funnel;

import io.pyra.platform.error.BusinessRuleException;

/** A funnel parameter (from, to, groupBy, format) that cannot be read: the API answers 400. */
public class FunnelRequestRefused extends BusinessRuleException {

  public FunnelRequestRefused(String parameter, String rule, String messageKey, Object... args) {
    super(parameter, rule, messageKey, args);
  }
}
