package io.pyra.scheduling.report;

import java.time.ZoneId;
import java.util.UUID;

/** The centre a report shows, with the clock its months are counted on. */
public record ReportCentre(UUID id, String code, String name, String path, ZoneId zone) {}
