package io.pyra.scheduling.session;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer enrolled in a session on a contract: the customer's name only when the reader may see
 * the customer ({@code visible}), the contract, the status (ENROLLED or WITHDRAWN) and the
 * attendance once recorded.
 */
public record Enrolment(
    UUID id,
    UUID sessionId,
    UUID customerId,
    String customerName,
    boolean visible,
    UUID contractId,
    String contractNumber,
    String status,
    Attendance attendance,
    String attendanceNote,
    Instant enrolledAt,
    long version) {}
