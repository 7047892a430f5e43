package io.pyra.customer.contact;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<Contact, UUID> {

  List<Contact> findByCustomerIdOrderByNameAscIdAsc(UUID customerId);
}
