package io.pyra.identity;

import java.time.ZoneId;

/**
 * How to tell a user something: their email address and language, whether they chose reminders by
 * email, and the time zone of their org unit, in which times are shown to them.
 */
public record UserContact(
    UserId id,
    String displayName,
    String email,
    String locale,
    boolean emailReminders,
    ZoneId timeZone) {}
