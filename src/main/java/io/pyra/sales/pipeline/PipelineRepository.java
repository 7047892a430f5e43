package io.pyra.sales.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PipelineRepository extends JpaRepository<Pipeline, UUID> {

  Optional<Pipeline> findByCodeIgnoreCase(String code);

  List<Pipeline> findAllByOrderBySortOrderAscCodeAsc();
}
