package io.pyra.sales.catalogue;

import io.pyra.platform.taxonomy.TermStore;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProductCategoryRepository
    extends JpaRepository<ProductCategory, UUID>, TermStore<ProductCategory> {}
