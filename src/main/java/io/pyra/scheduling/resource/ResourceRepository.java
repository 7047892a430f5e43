package io.pyra.scheduling.resource;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResourceRepository extends JpaRepository<Resource, UUID> {

  boolean existsByCodeIgnoreCase(String code);

  boolean existsByUserIdAndIdNot(UUID userId, UUID id);

  boolean existsByUserId(UUID userId);
}
