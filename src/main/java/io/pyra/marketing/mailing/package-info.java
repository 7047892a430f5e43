/**
 * SavedAudiences (a saved customer filter and/or a campaign's leads) and mailings by e-mail or SMS
 * to them: only people who consented to the channel, throttled by a scheduled pass, logged per
 * recipient, with a signed unsubscribe link and the campaign's counters.
 */
package io.pyra.marketing.mailing;
