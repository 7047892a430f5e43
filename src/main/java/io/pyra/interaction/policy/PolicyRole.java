package io.pyra.interaction.policy;

import java.util.UUID;

/** A role as the follow-up policy needs it: its id, code and name in the reader's language. */
public record PolicyRole(UUID id, String code, String name) {}
