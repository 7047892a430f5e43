package io.pyra.marketing.channel;

import io.pyra.platform.taxonomy.TermStore;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChannelRepository extends JpaRepository<Channel, UUID>, TermStore<Channel> {}
