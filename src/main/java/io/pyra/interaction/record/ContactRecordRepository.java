package io.pyra.interaction.record;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRecordRepository extends JpaRepository<ContactRecord, UUID> {}
