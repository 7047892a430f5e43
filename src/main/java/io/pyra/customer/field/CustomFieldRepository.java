package io.pyra.customer.field;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomFieldRepository extends JpaRepository<CustomField, UUID> {

  Optional<CustomField> findByCodeIgnoreCase(String code);

  List<CustomField> findAllByOrderByPositionAscCodeAsc();
}
