package io.pyra.support.policy;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlaPolicyRepository extends JpaRepository<SlaPolicy, UUID> {}
