package io.pyra.support.calendar;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BusinessCalendarRepository extends JpaRepository<BusinessCalendar, UUID> {

  Optional<BusinessCalendar> findByCompanyTrue();

  Optional<BusinessCalendar> findByOrgUnitId(UUID orgUnitId);
}
