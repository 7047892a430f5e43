package io.pyra.identity.orgunit;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The region (ISO 3166 alpha-2) in which the users of an org unit read phone numbers: the unit's
 * own, else its nearest ancestor's, else the configured default ({@code PYRA_DEFAULT_REGION}).
 * Asked at every search and caller lookup, so kept per unit (as many entries as units) and
 * forgotten whenever a unit is saved.
 */
@Component
public class OrgUnitRegions {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final JdbcClient jdbc;
  private final String defaultRegion;
  private final Map<UUID, String> known = new ConcurrentHashMap<>();

  OrgUnitRegions(JdbcClient jdbc, @Value("${pyra.default-region:CN}") String defaultRegion) {
    this.jdbc = jdbc;
    String region = defaultRegion == null ? "" : defaultRegion.strip().toUpperCase(Locale.ROOT);
    this.defaultRegion = isCountry(region) ? region : "CN";
  }

  /** Whether the text is an ISO 3166 alpha-2 country code in upper case (CN, HK, US). */
  public static boolean isCountry(String region) {
    return region != null && region.length() == 2 && COUNTRIES.contains(region);
  }

  public String defaultRegion() {
    return defaultRegion;
  }

  /** The effective region of the unit; the default for none or an unknown one. */
  public String of(UUID orgUnitId) {
    if (orgUnitId == null) {
      return defaultRegion;
    }
    String region = known.get(orgUnitId);
    if (region == null) {
      region =
          jdbc.sql(
                  """
                  select a.region from identity_org_unit u
                    join identity_org_unit a on u.path like concat(a.path, '%')
                   where u.id = ? and a.region is not null
                   order by length(a.path) desc fetch first 1 rows only""")
              .param(orgUnitId)
              .query(String.class)
              .optional()
              .orElse(defaultRegion);
      known.put(orgUnitId, region);
    }
    return region;
  }

  /** Forgets what it knows, now and again when the current transaction commits. */
  void forget() {
    known.clear();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              known.clear();
            }
          });
    }
  }
}
