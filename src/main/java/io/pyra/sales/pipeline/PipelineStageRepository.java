package io.pyra.sales.pipeline;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PipelineStageRepository extends JpaRepository<PipelineStage, UUID> {

  List<PipelineStage> findByPipelineIdOrderBySortOrderAscCodeAsc(UUID pipelineId);
}
