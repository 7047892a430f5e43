package io.pyra.scheduling.resource;

import io.pyra.scheduling.ResourceId;
import java.time.ZoneId;
import java.util.UUID;

/** Where a resource is: its centre (org unit), the centre's path ("/root/…/centre/") and clock. */
public record ResourcePlace(ResourceId resource, UUID orgUnitId, String unitPath, ZoneId zone) {}
