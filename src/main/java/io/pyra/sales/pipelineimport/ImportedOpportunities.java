package io.pyra.sales.pipelineimport;

import io.pyra.customer.CustomerId;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.platform.Ids;
import io.pyra.sales.ImportedOpportunity;
import io.pyra.sales.OpportunityImportApi;
import io.pyra.sales.OpportunityImportApi.Action;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The opportunities of an import, matched to the stored ones by code: created, updated (a stage
 * change is kept when the stage moved) or left as they are when nothing changed.
 */
@Component
public class ImportedOpportunities {

  private record Stage(UUID id, String code, String outcome, int probability) {}

  private record Stored(
      UUID id,
      String title,
      UUID customer,
      UUID owner,
      UUID orgUnit,
      Stage stage,
      LocalDate engagedOn,
      LocalDate closedOn,
      BigDecimal amount,
      String currency,
      String productCode) {}

  private static final String INSERT =
      """
      insert into sales_opportunity (id, code, title, customer_id, contact_id, owner_id,
             org_unit_id, pipeline_id, stage_id, status, amount, currency, expected_close,
             source_id, competitor, probability, probability_overridden, product_id,
             lost_reason_id, lost_note, won_order_id, engaged_on, closed_on, stage_entered_at,
             notes, import_id, created_by, version, created_at, updated_at)
      values (:id, :code, :title, :customer, null, :owner, :unit, :pipeline, :stage, :status,
             :amount, :currency, :expected, null, null, :probability, false, :product, null,
             null, null, :engaged, :closed, :entered, null, null, :actor, 0, :now, :now)""";

  private static final String CHANGE =
      """
      insert into sales_opportunity_stage_change (id, opportunity_id, from_stage_id,
             to_stage_id, entered_at, changed_by)
      values (:id, :opportunity, :from, :to, :entered, :actor)""";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;
  private final ZoneId zone;

  ImportedOpportunities(
      JdbcClient jdbc,
      NamedParameterJdbcTemplate batch,
      @Value("${pyra.time-zone:Asia/Shanghai}") String zone) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.zone = ZoneId.of(zone);
  }

  public List<String> stageCodes() {
    return List.copyOf(stages().keySet());
  }

  public List<Action> decide(List<ImportedOpportunity> rows) {
    Map<String, Stored> stored = stored(rows);
    List<Action> actions = new ArrayList<>(rows.size());
    for (ImportedOpportunity row : rows) {
      Stored found = stored.get(row.code());
      actions.add(found == null ? Action.CREATE : same(found, row) ? Action.SKIP : Action.UPDATE);
    }
    return actions;
  }

  public List<Action> write(List<ImportedOpportunity> rows, UserId actor) {
    Map<String, Stage> stages = stages();
    UUID pipeline =
        jdbc.sql("select id from sales_pipeline where code = :code")
            .param("code", OpportunityImportApi.PIPELINE)
            .query(UUID.class)
            .single();
    Map<String, UUID> products = new HashMap<>();
    jdbc.sql("select code, id from sales_product")
        .query((rs, n) -> products.put(rs.getString(1), rs.getObject(2, UUID.class)))
        .list();
    Map<String, Stored> stored = stored(rows);
    Timestamp now = Timestamp.from(Instant.now());
    UUID actorId = UserId.valueOrNull(actor);
    List<Action> actions = new ArrayList<>(rows.size());
    List<MapSqlParameterSource> inserts = new ArrayList<>();
    List<MapSqlParameterSource> changes = new ArrayList<>();
    for (ImportedOpportunity row : rows) {
      Stage stage = stages.get(row.stage());
      Stored found = stored.get(row.code());
      UUID product = row.productCode() == null ? null : products.get(row.productCode());
      if (found == null) {
        UUID id = Ids.newId();
        Timestamp entered = entered(row, stage, now);
        inserts.add(insert(id, row, pipeline, stage, product, entered, actorId, now));
        history(id, row, stages, stage, entered, actorId, changes);
        actions.add(Action.CREATE);
      } else if (same(found, row)) {
        actions.add(Action.SKIP);
      } else {
        boolean moved = !found.stage().id().equals(stage.id());
        Timestamp entered = moved ? entered(row, stage, now) : null;
        update(found.id(), row, stage, product, entered, now);
        if (moved) {
          changes.add(change(found.id(), found.stage().id(), stage.id(), entered, actorId));
        }
        actions.add(Action.UPDATE);
      }
    }
    if (!inserts.isEmpty()) {
      batch.batchUpdate(INSERT, inserts.toArray(MapSqlParameterSource[]::new));
    }
    if (!changes.isEmpty()) {
      batch.batchUpdate(CHANGE, changes.toArray(MapSqlParameterSource[]::new));
    }
    return actions;
  }

  private static MapSqlParameterSource insert(
      UUID id,
      ImportedOpportunity row,
      UUID pipeline,
      Stage stage,
      UUID product,
      Timestamp entered,
      UUID actor,
      Timestamp now) {
    return new MapSqlParameterSource()
        .addValue("id", id)
        .addValue("code", row.code())
        .addValue("title", row.title())
        .addValue("customer", CustomerId.valueOrNull(row.customer()))
        .addValue("owner", row.owner().value())
        .addValue("unit", row.orgUnit().value())
        .addValue("pipeline", pipeline)
        .addValue("stage", stage.id())
        .addValue("status", status(stage))
        .addValue("amount", row.amount())
        .addValue("currency", row.currency())
        .addValue("expected", row.closedOn())
        .addValue("probability", stage.probability())
        .addValue("product", product)
        .addValue("engaged", row.engagedOn())
        .addValue("closed", row.closedOn())
        .addValue("entered", entered)
        .addValue("actor", actor)
        .addValue("now", now);
  }

  private void update(
      UUID id,
      ImportedOpportunity row,
      Stage stage,
      UUID product,
      Timestamp entered,
      Timestamp now) {
    jdbc.sql(
            """
            update sales_opportunity
               set title = :title, customer_id = :customer, owner_id = :owner, org_unit_id = :unit,
                   stage_id = :stage, status = :status, amount = :amount, currency = :currency,
                   expected_close = :expected,
                   probability = case when probability_overridden then probability else :probability end,
                   product_id = :product, engaged_on = :engaged, closed_on = :closed,
                   stage_entered_at = coalesce(:entered, stage_entered_at),
                   version = version + 1, updated_at = :now
             where id = :id""")
        .param("id", id)
        .param("title", row.title())
        .param("customer", CustomerId.valueOrNull(row.customer()))
        .param("owner", row.owner().value())
        .param("unit", row.orgUnit().value())
        .param("stage", stage.id())
        .param("status", status(stage))
        .param("amount", row.amount())
        .param("currency", row.currency())
        .param("expected", row.closedOn())
        .param("probability", stage.probability())
        .param("product", product)
        .param("engaged", row.engagedOn())
        .param("closed", row.closedOn())
        .param("entered", entered)
        .param("now", now)
        .update();
  }

  /**
   * The stage history the file tells: engaged on its day, then moved to the final stage on the
   * close day; a row without an engage day entered its stage when it was imported.
   */
  private void history(
      UUID id,
      ImportedOpportunity row,
      Map<String, Stage> stages,
      Stage stage,
      Timestamp entered,
      UUID actor,
      List<MapSqlParameterSource> changes) {
    Stage engaging = stages.get("ENGAGING");
    if (row.engagedOn() != null && engaging != null && !stage.code().equals("PROSPECTING")) {
      Timestamp engaged = startOf(row.engagedOn());
      changes.add(change(id, null, engaging.id(), engaged, actor));
      if (!stage.id().equals(engaging.id())) {
        changes.add(change(id, engaging.id(), stage.id(), entered, actor));
      }
    } else {
      changes.add(change(id, null, stage.id(), entered, actor));
    }
  }

  private static MapSqlParameterSource change(
      UUID id, UUID from, UUID to, Timestamp entered, UUID actor) {
    return new MapSqlParameterSource()
        .addValue("id", Ids.newId())
        .addValue("opportunity", id)
        .addValue("from", from)
        .addValue("to", to)
        .addValue("entered", entered)
        .addValue("actor", actor);
  }

  private Timestamp entered(ImportedOpportunity row, Stage stage, Timestamp now) {
    if (!stage.outcome().equals("OPEN") && row.closedOn() != null) {
      return startOf(row.closedOn());
    }
    if (row.engagedOn() != null && !stage.code().equals("PROSPECTING")) {
      return startOf(row.engagedOn());
    }
    return now;
  }

  private Timestamp startOf(LocalDate day) {
    return Timestamp.from(day.atStartOfDay(zone).toInstant());
  }

  private static String status(Stage stage) {
    return stage.outcome();
  }

  private static boolean same(Stored s, ImportedOpportunity row) {
    return Objects.equals(s.title(), row.title())
        && Objects.equals(s.customer(), CustomerId.valueOrNull(row.customer()))
        && Objects.equals(s.owner(), UserId.valueOrNull(row.owner()))
        && Objects.equals(s.orgUnit(), OrgUnitId.valueOrNull(row.orgUnit()))
        && s.stage().code().equals(row.stage())
        && Objects.equals(s.engagedOn(), row.engagedOn())
        && Objects.equals(s.closedOn(), row.closedOn())
        && s.amount().compareTo(row.amount()) == 0
        && s.currency().equals(row.currency())
        && Objects.equals(s.productCode(), row.productCode());
  }

  private Map<String, Stage> stages() {
    Map<String, Stage> stages = new LinkedHashMap<>();
    jdbc.sql(
            """
            select s.id, s.code, s.outcome, s.probability
              from sales_pipeline_stage s join sales_pipeline p on p.id = s.pipeline_id
             where p.code = :pipeline and s.active
             order by s.sort_order, s.code""")
        .param("pipeline", OpportunityImportApi.PIPELINE)
        .query(
            (rs, n) ->
                stages.put(
                    rs.getString(2),
                    new Stage(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4))))
        .list();
    return stages;
  }

  private Map<String, Stored> stored(List<ImportedOpportunity> rows) {
    Map<String, Stored> stored = new HashMap<>();
    List<String> codes = rows.stream().map(ImportedOpportunity::code).distinct().toList();
    for (int from = 0; from < codes.size(); from += 1000) {
      jdbc.sql(
              """
              select o.id, o.code, o.title, o.customer_id, o.owner_id, o.org_unit_id, s.id, s.code,
                     s.outcome, s.probability, o.engaged_on, o.closed_on, o.amount, o.currency, p.code
                from sales_opportunity o
                join sales_pipeline_stage s on s.id = o.stage_id
                left join sales_product p on p.id = o.product_id
               where o.code in (:codes)""")
          .param("codes", codes.subList(from, Math.min(codes.size(), from + 1000)))
          .query(
              (rs, n) ->
                  stored.put(
                      rs.getString(2),
                      new Stored(
                          rs.getObject(1, UUID.class),
                          rs.getString(3),
                          rs.getObject(4, UUID.class),
                          rs.getObject(5, UUID.class),
                          rs.getObject(6, UUID.class),
                          new Stage(
                              rs.getObject(7, UUID.class),
                              rs.getString(8),
                              rs.getString(9),
                              rs.getInt(10)),
                          rs.getObject(11, LocalDate.class),
                          rs.getObject(12, LocalDate.class),
                          rs.getBigDecimal(13),
                          rs.getString(14),
                          rs.getString(15))))
          .list();
    }
    return stored;
  }
}
