package io.pyra.marketing.appointment;

import java.time.ZoneId;
import java.util.UUID;

/** A centre (a BRANCH org unit) as appointments need it: its name and its time zone. */
public record Centre(UUID id, String code, String name, ZoneId zone) {}
