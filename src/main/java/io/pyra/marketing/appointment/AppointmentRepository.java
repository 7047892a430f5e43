package io.pyra.marketing.appointment;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentRepository extends JpaRepository<Appointment, UUID> {}
