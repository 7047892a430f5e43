package io.pyra.sales.catalogue;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProductRepository extends JpaRepository<Product, UUID> {

  /**
   * The products whose code is {@code code} regardless of case (at most one when kept by the
   * service).
   */
  List<Product> findAllByCodeIgnoreCase(String code);
}
