package io.pyra.interaction.policy;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpPolicyRepository extends JpaRepository<FollowUpPolicy, UUID> {

  Optional<FollowUpPolicy> findByRoleId(UUID roleId);
}
