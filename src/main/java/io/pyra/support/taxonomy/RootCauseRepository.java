package io.pyra.support.taxonomy;

import io.pyra.platform.taxonomy.TermStore;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RootCauseRepository extends JpaRepository<RootCause, UUID>, TermStore<RootCause> {}
