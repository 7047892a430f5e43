package io.pyra.scheduling;

/**
 * A class session was scheduled, held by its booking (made in the same transaction). Published in
 * place of what the booking alone cannot say: that it is a session, which may need its PCs set up.
 */
public record SessionScheduled(SessionId sessionId, BookingId bookingId) {}
