package io.pyra.identity.user;

import java.util.List;

/** One page of a user list, and the cursor of the next page ({@code null} on the last one). */
public record UserSlice(List<UserRow> items, String nextCursor) {}
