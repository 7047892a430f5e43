package io.pyra.marketing.mailing;

import java.util.UUID;

/**
 * A mailing as the user writes it: its campaign and audience, the channel, the language of its text
 * and of the unsubscribe footer ({@code en} or {@code zh-CN}), a subject (e-mail only) and a body
 * in which {@code {name}} stands for the recipient's name.
 */
public record SaveMailing(
    UUID campaignId,
    UUID audienceId,
    MailingChannel channel,
    String language,
    String subject,
    String body) {}
