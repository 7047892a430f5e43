package io.pyra.scheduling.session;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service staff book a VIP customer's one-to-one class: a session of capacity 1 and the customer
 * enrolled on their contract, in one step (either both or, on any refusal, neither).
 */
@Service
public class OneToOneClasses {

  /** The session and the enrolment made. */
  public record Booked(UUID sessionId, UUID enrolmentId) {}

  private final SessionService sessions;
  private final EnrolmentService enrolments;

  OneToOneClasses(SessionService sessions, EnrolmentService enrolments) {
    this.sessions = sessions;
    this.enrolments = enrolments;
  }

  @Transactional
  public Booked book(ScheduleSession command, UUID customerId, UUID contractId) {
    UUID sessionId = sessions.schedule(one(command), SessionKind.ONE_TO_ONE);
    return new Booked(sessionId, enrolments.enrol(sessionId, customerId, contractId));
  }

  /** As {@link #book(ScheduleSession, UUID, UUID)}, the contract given by its number. */
  @Transactional
  public Booked book(ScheduleSession command, UUID customerId, String contractNumber) {
    UUID sessionId = sessions.schedule(one(command), SessionKind.ONE_TO_ONE);
    return new Booked(sessionId, enrolments.enrol(sessionId, customerId, contractNumber));
  }

  private static ScheduleSession one(ScheduleSession command) {
    return new ScheduleSession(
        command.productId(),
        command.startsAt(),
        command.endsAt(),
        command.roomId(),
        command.pcSetId(),
        command.projectorId(),
        command.instructorId(),
        1,
        command.setupProfileId());
  }
}
