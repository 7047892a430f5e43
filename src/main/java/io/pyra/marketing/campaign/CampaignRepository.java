package io.pyra.marketing.campaign;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CampaignRepository extends JpaRepository<Campaign, UUID> {

  boolean existsByCodeIgnoreCase(String code);

  /** The campaign with its row locked, so that two cost entries at once count each other. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Campaign c where c.id = :id")
  Optional<Campaign> findLocked(@Param("id") UUID id);
}
