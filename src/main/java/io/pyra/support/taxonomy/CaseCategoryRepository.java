package io.pyra.support.taxonomy;

import io.pyra.platform.taxonomy.TermStore;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseCategoryRepository
    extends JpaRepository<CaseCategory, UUID>, TermStore<CaseCategory> {}
