package io.pyra.interaction.type;

import io.pyra.platform.taxonomy.TermStore;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InteractionTypeRepository
    extends JpaRepository<InteractionType, UUID>, TermStore<InteractionType> {}
