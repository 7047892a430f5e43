package io.pyra.marketing.appointment;

import java.time.Instant;
import java.time.LocalTime;

/** A slot of a consultant's day: its start and end, and its start on the centre's clock. */
public record Slot(Instant startsAt, Instant endsAt, LocalTime localStart) {}
