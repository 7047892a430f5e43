package io.pyra.customer.sector;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SectorRepository extends JpaRepository<Sector, UUID> {

  Optional<Sector> findByCodeIgnoreCase(String code);
}
