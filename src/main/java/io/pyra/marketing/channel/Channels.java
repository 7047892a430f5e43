package io.pyra.marketing.channel;

import io.pyra.platform.taxonomy.Taxonomy;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channels campaigns run on (search ads, social media, events, SMS, e-mail, print, referral,
 * walk-in, partner …), addressed by code, at most two levels; a channel a campaign uses is
 * deactivated, not deleted.
 */
@Service
@Transactional(readOnly = true)
public class Channels extends Taxonomy<Channel> {

  public static final int MAX_DEPTH = 2;

  private final JdbcClient jdbc;

  Channels(ChannelRepository store, JdbcClient jdbc) {
    super(store, "channel");
    this.jdbc = jdbc;
  }

  @Override
  protected Channel newTerm(UUID parentId, String code) {
    return new Channel(parentId, code);
  }

  @Override
  protected int maxDepth() {
    return MAX_DEPTH;
  }

  @Override
  protected long usages(Channel channel) {
    return jdbc.sql("select count(*) from marketing_campaign where channel_id = :id")
        .param("id", channel.id())
        .query(Long.class)
        .single();
  }

  /** The active channels, each followed by its sub-channels. */
  public List<Channel> active() {
    return hierarchy().terms().stream().filter(Channel::active).toList();
  }
}
