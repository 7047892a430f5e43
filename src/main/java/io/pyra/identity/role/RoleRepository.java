package io.pyra.identity.role;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoleRepository extends JpaRepository<Role, UUID> {

  Optional<Role> findByCodeIgnoreCase(String code);

  List<Role> findAllByOrderByNameAsc();
}
