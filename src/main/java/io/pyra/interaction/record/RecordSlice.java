package io.pyra.interaction.record;

import java.util.List;

/**
 * One page of contact records, newest first, and the cursor of the next page ({@code null} on the
 * last).
 */
public record RecordSlice(List<RecordRow> items, String nextCursor) {}
