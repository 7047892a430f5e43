package io.pyra.scheduling.booking;

import java.time.ZoneId;
import java.util.UUID;

/** The org unit a booking belongs to: its id, path ("/root/…/centre/"), clock and name. */
record BookingUnit(UUID id, String path, ZoneId zone, String name) {}
