package io.pyra.interaction.job;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The service categories shipped with Pyra, addressed by code. */
@Component
public class ServiceCategories {

  private final JdbcClient jdbc;

  ServiceCategories(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<ServiceCategory> all() {
    return jdbc.sql(
            "select id, code, name_en, name_zh, active from interaction_service_category order by sort_order, code")
        .query(ServiceCategory.class)
        .list();
  }

  public Optional<ServiceCategory> byCode(String code) {
    return all().stream()
        .filter(c -> code != null && c.code().equalsIgnoreCase(code.strip()))
        .findFirst();
  }

  public Optional<ServiceCategory> byId(UUID id) {
    return all().stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
