package io.pyra.interaction.type;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InteractionTypeRepository extends JpaRepository<InteractionType, UUID> {

  Optional<InteractionType> findByCodeIgnoreCase(String code);
}
