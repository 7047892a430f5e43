package io.pyra.scheduling.setup;

import java.time.Instant;
import java.util.UUID;

/** One machine (1 … machines) of a set-up request, its state and the note on a failure. */
public record SetupMachine(
    int machineNo,
    MachineState state,
    String note,
    UUID updatedBy,
    String updatedByName,
    Instant updatedAt) {}
