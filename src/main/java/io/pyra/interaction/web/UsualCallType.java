package io.pyra.interaction.web;

import io.pyra.interaction.type.InteractionTypeService;
import io.pyra.interaction.type.TypeCatalogue;
import io.pyra.interaction.type.TypeNode;
import io.pyra.platform.SqlTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The type a call is logged with unless the agent picks another: the type of most of the agent's
 * own phone contact records of the last 90 days (the first code alphabetically on a tie), else the
 * type configured as {@code pyra.interaction.call-type}, else the first usable type of the tree.
 * Deactivated types are never proposed.
 */
@Component
class UsualCallType {

  static final Duration WINDOW = Duration.ofDays(90);

  private static final String MOST_USED =
      """
      select t.code, count(*) as uses
        from interaction_record r
        join interaction_type t on t.id = r.type_id
       where r.author_id = :author and r.occurred_at >= :since and r.channel = 'PHONE'
       group by t.code
       order by uses desc, t.code
       fetch first 10 rows only""";

  private final JdbcClient jdbc;
  private final InteractionTypeService types;
  private final String configured;

  UsualCallType(
      JdbcClient jdbc,
      InteractionTypeService types,
      @Value("${pyra.interaction.call-type:}") String configured) {
    this.jdbc = jdbc;
    this.types = types;
    this.configured = configured;
  }

  /** The code of the type to preselect for this agent, or null when no type is usable. */
  String of(UUID authorId) {
    TypeCatalogue catalogue = types.catalogue();
    List<String> used =
        jdbc.sql(MOST_USED)
            .param("author", authorId)
            .param("since", SqlTime.utc(Instant.now().minus(WINDOW)))
            .query((rs, n) -> rs.getString(1))
            .list();
    for (String code : used) {
      if (usable(catalogue, code)) {
        return code;
      }
    }
    if (configured != null && !configured.isBlank() && usable(catalogue, configured.strip())) {
      return configured.strip();
    }
    return types.tree().stream()
        .filter(TypeNode::usable)
        .map(n -> n.type().code())
        .findFirst()
        .orElse(null);
  }

  private static boolean usable(TypeCatalogue catalogue, String code) {
    return catalogue.code(code).map(TypeCatalogue.Entry::usable).orElse(false);
  }
}
