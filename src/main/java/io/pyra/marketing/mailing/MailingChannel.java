package io.pyra.marketing.mailing;

import io.pyra.customer.ConsentChannel;

/** How a mailing goes out. */
public enum MailingChannel {
  EMAIL,
  SMS;

  ConsentChannel consent() {
    return this == EMAIL ? ConsentChannel.EMAIL : ConsentChannel.SMS;
  }
}
