package io.pyra.marketing.form;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The centres a visitor may choose on a campaign's form: the branches in the campaign's org unit's
 * subtree, at most {@value #MAX}, by name. Read from what identity publishes (paths are ids and
 * "/", ending in "/": nothing in them for {@code like} to read as a wildcard).
 */
@Component
class FormCentres {

  static final int MAX = 200;

  private final JdbcClient jdbc;

  FormCentres(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Centre(UUID id, String code, String name) {}

  List<Centre> of(FormCampaign campaign) {
    return jdbc.sql(
            """
            select b.id, b.code, b.name from identity_org_unit_view b
              join identity_org_unit_view u on u.id = ?
             where b.kind = 'BRANCH' and b.path like u.path || '%'
             order by b.name, b.code
             fetch first 200 rows only""")
        .param(campaign.orgUnitId())
        .query(Centre.class)
        .list();
  }

  Optional<Centre> byCode(FormCampaign campaign, String code) {
    return of(campaign).stream().filter(c -> c.code().equals(code)).findFirst();
  }
}
