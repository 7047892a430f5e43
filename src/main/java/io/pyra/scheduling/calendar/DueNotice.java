package io.pyra.scheduling.calendar;

import java.util.UUID;

/**
 * A notice of a booking due to be mailed: of its event at {@code sequence} ({@code what}: made,
 * changed, cancelled) or of an enrolment in its session at that sequence (enrolled), after {@code
 * attempts} failed tries.
 */
record DueNotice(UUID bookingId, int sequence, String what, int attempts) {}
