package io.pyra.interaction.timeline;

import io.pyra.interaction.TimelineEntry;
import java.util.List;

/**
 * One page of a customer's timeline, newest first; {@code nextCursor} reads the older entries
 * ({@code null} at the end).
 */
public record TimelineSlice(List<TimelineEntry> items, String nextCursor) {}
