package io.pyra.interaction.task;

import java.util.List;

/** One page of tasks and the cursor of the next page (null on the last). */
public record TaskSlice(List<TaskRow> items, String nextCursor) {}
