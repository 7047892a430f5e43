package io.pyra.sales.pipeline;

import io.pyra.platform.taxonomy.TermStore;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LostReasonRepository extends JpaRepository<LostReason, UUID>, TermStore<LostReason> {}
