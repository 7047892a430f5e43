package io.pyra.customer;

import java.util.Locale;

/**
 * A customer as a mailing to an audience needs them: their name, first e-mail address and first
 * phone (E.164) if any, whether they consented to e-mail and to SMS (no recorded consent is no
 * consent), and the language to write to them in ({@link CustomerApi#language}).
 */
public record AudienceMember(
    CustomerId id,
    String name,
    String email,
    String phone,
    boolean emailConsent,
    boolean smsConsent,
    Locale language) {}
