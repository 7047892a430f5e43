package io.pyra.interaction.job;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface JobRepository extends JpaRepository<Job, UUID> {

  List<Job> findByCustomerIdOrderByCreatedAtDescIdDesc(UUID customerId);
}
