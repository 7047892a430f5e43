package io.pyra.customer.sector;

import io.pyra.platform.taxonomy.TermStore;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SectorRepository extends JpaRepository<Sector, UUID>, TermStore<Sector> {}
