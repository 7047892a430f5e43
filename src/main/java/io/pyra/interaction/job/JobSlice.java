package io.pyra.interaction.job;

import java.util.List;

/** One page of jobs and the cursor of the next page ({@code null} on the last). */
public record JobSlice(List<JobRow> items, String nextCursor) {}
