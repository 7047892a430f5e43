package io.pyra.sales.opportunity;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpportunityRepository extends JpaRepository<Opportunity, UUID> {}
