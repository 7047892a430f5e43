package io.pyra.identity.orgunit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrgUnitRepository extends JpaRepository<OrgUnit, UUID> {

  Optional<OrgUnit> findByCodeIgnoreCase(String code);

  boolean existsByParentId(UUID parentId);

  @Query("select o from OrgUnit o where o.path like concat(:prefix, '%') order by o.path")
  List<OrgUnit> findSubtree(String prefix);

  @Query("select o from OrgUnit o order by o.path")
  List<OrgUnit> findAllInTreeOrder();
}
