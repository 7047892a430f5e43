package io.pyra.support.cases;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseRepository extends JpaRepository<SupportCase, UUID> {

  java.util.Optional<SupportCase> findByCode(String code);
}
