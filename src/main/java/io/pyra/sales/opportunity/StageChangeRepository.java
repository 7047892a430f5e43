package io.pyra.sales.opportunity;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StageChangeRepository extends JpaRepository<OpportunityStageChange, UUID> {}
