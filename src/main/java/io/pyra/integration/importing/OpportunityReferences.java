package io.pyra.integration.importing;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerImportApi;
import io.pyra.customer.ImportCustomerInput;
import io.pyra.customer.NormalizedCustomer;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.sales.ImportedProduct;
import io.pyra.sales.OpportunityImportApi;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The accounts, products and sales teams of a pipeline set: read from their files, and written
 * (customers through the customer module, users and offices through identity, products through
 * sales) before the opportunities that name them. Each is found first and created only when
 * missing, so a second import changes nothing.
 */
@Component
class OpportunityReferences {

  /** The file's sector words (technolgy sic) and the customer sectors they are. */
  static final Map<String, String> SECTORS =
      Map.ofEntries(
          Map.entry("technolgy", "TECHNOLOGY"),
          Map.entry("technology", "TECHNOLOGY"),
          Map.entry("medical", "HEALTHCARE"),
          Map.entry("retail", "RETAIL"),
          Map.entry("software", "SOFTWARE"),
          Map.entry("marketing", "MARKETING"),
          Map.entry("entertainment", "ENTERTAINMENT"),
          Map.entry("finance", "BANKS_FINANCIAL"),
          Map.entry("employment", "EMPLOYMENT"),
          Map.entry("services", "BUSINESS_SERVICES"),
          Map.entry("telecommunications", "TELECOM"));

  private static final Map<String, String> COUNTRY_ALIASES =
      Map.of(
          "philipines", "PH",
          "korea", "KR",
          "southkorea", "KR",
          "usa", "US",
          "us", "US",
          "uk", "GB",
          "unitedstates", "US");

  static final String MANAGER_ROLE = "CENTRE_PRINCIPAL";
  static final String AGENT_ROLE = "COURSE_CONSULTANT";

  private final CustomerImportApi customers;
  private final IdentityApi identity;
  private final OpportunityImportApi sales;

  OpportunityReferences(
      CustomerImportApi customers, IdentityApi identity, OpportunityImportApi sales) {
    this.customers = customers;
    this.identity = identity;
    this.sales = sales;
  }

  record Account(String name, String sector, String country) {}

  record Agent(String name, String manager, String office) {}

  /** What the rows of the pipeline may name, resolved to stored records (or only planned). */
  static final class Resolved {
    final Map<String, CustomerId> accounts = new HashMap<>();
    final Set<String> plannedAccounts = new HashSet<>();
    final Map<String, UserSummary> agents = new HashMap<>();
    final Set<String> plannedAgents = new HashSet<>();
    final Set<String> products = new HashSet<>();
    List<String> stages = List.of();
    String baseCurrency;
  }

  /** The username of a person named in a team file: "Mei-Mei Johns" is mei.mei.johns. */
  static String username(String name) {
    String u =
        name.strip()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", ".")
            .replaceAll("^\\.+|\\.+$", "");
    return u.length() > 60 ? u.substring(0, 60) : u;
  }

  /** The ISO 3166 code of a country named in English (or given as a code); null when unknown. */
  static String country(String cell) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    String key = ImportTargets.key(cell);
    if (COUNTRY_ALIASES.containsKey(key)) {
      return COUNTRY_ALIASES.get(key);
    }
    for (String code : Locale.getISOCountries()) {
      if (key.equals(code.toLowerCase(Locale.ROOT))
          || key.equals(ImportTargets.key(Locale.of("", code).getDisplayCountry(Locale.ENGLISH)))) {
        return code;
      }
    }
    return null;
  }

  String baseCurrency() {
    return sales.baseCurrency();
  }

  /** The parts read from the set's files (absent parts are empty). */
  record Parts(List<Account> accounts, List<ImportedProduct> products, List<Agent> agents) {}

  Parts read(OpportunitySet set, String currency) {
    List<Account> accounts = new ArrayList<>();
    set.part(OpportunitySet.Part.ACCOUNTS)
        .ifPresent(
            f ->
                rows(
                    f,
                    List.of("account", "name", "company"),
                    List.of("sector", "industry"),
                    List.of("officelocation", "country", "headquarters"),
                    c -> {
                      if (c.get(0) != null) {
                        accounts.add(new Account(c.get(0), c.get(1), c.get(2)));
                      }
                    }));
    List<ImportedProduct> products = new ArrayList<>();
    set.part(OpportunitySet.Part.PRODUCTS)
        .ifPresent(
            f ->
                rows(
                    f,
                    List.of("product", "name"),
                    List.of("series", "category"),
                    List.of("salesprice", "price", "listprice"),
                    c -> {
                      if (c.get(0) != null) {
                        products.add(
                            new ImportedProduct(c.get(0), c.get(1), decimal(c.get(2)), currency));
                      }
                    }));
    List<Agent> agents = new ArrayList<>();
    set.part(OpportunitySet.Part.TEAMS)
        .ifPresent(
            f ->
                rows(
                    f,
                    List.of("salesagent", "agent", "name"),
                    List.of("manager"),
                    List.of("regionaloffice", "office", "region"),
                    c -> {
                      if (c.get(0) != null && c.get(2) != null) {
                        agents.add(new Agent(c.get(0), c.get(1), c.get(2)));
                      }
                    }));
    return new Parts(accounts, products, agents);
  }

  /**
   * What the pipeline's rows may name: the stored accounts, agents and products, and (for a dry
   * run, which writes nothing) the ones the set would create.
   */
  Resolved resolve(Parts parts) {
    Resolved r = new Resolved();
    r.baseCurrency = sales.baseCurrency();
    r.stages = sales.stages();
    r.products.addAll(sales.productCodes());
    for (ImportedProduct p : parts.products()) {
      String code = OpportunityImportApi.productCode(p.name());
      if (code != null) {
        r.products.add(code);
      }
    }
    List<String> names = parts.accounts().stream().map(Account::name).toList();
    r.accounts.putAll(customers.organizationsByName(names));
    names.stream().filter(n -> !r.accounts.containsKey(n)).forEach(r.plannedAccounts::add);
    for (Agent a : parts.agents()) {
      String username = username(a.name());
      identity
          .userByUsername(username)
          .ifPresentOrElse(u -> r.agents.put(username, u), () -> r.plannedAgents.add(username));
    }
    return r;
  }

  /** Looks up an account that the set's file did not give (the pipeline uploaded alone). */
  Optional<CustomerId> account(Resolved r, String name) {
    CustomerId id = r.accounts.get(name);
    if (id == null && !r.plannedAccounts.contains(name)) {
      id = customers.organizationsByName(List.of(name)).get(name);
      if (id != null) {
        r.accounts.put(name, id);
      }
    }
    return Optional.ofNullable(id);
  }

  /** Looks up an agent by the username their name gives, or by the cell as a username. */
  Optional<UserSummary> agent(Resolved r, String cell) {
    for (String username : List.of(username(cell), cell.strip().toLowerCase(Locale.ROOT))) {
      UserSummary known = r.agents.get(username);
      if (known != null) {
        return Optional.of(known);
      }
      if (!r.plannedAgents.contains(username)) {
        Optional<UserSummary> found = identity.userByUsername(username).filter(UserSummary::active);
        if (found.isPresent()) {
          r.agents.put(username, found.get());
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Writes the set's offices, managers, agents, products and accounts that are missing, in the
   * caller's transaction; answers the resolution after it.
   */
  Resolved write(Parts parts, CustomerImportApi.ImportRun run) {
    Map<String, OrgUnitId> offices = new LinkedHashMap<>();
    Map<String, UserId> managers = new HashMap<>();
    for (Agent a : parts.agents()) {
      OrgUnitId office =
          offices.computeIfAbsent(
              a.office(),
              name ->
                  identity.ensureBranch(
                      name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-"), name));
      UserId manager = null;
      if (a.manager() != null) {
        manager =
            managers.computeIfAbsent(
                a.manager(), m -> identity.ensureUser(username(m), m, office, MANAGER_ROLE, null));
      }
      identity.ensureUser(username(a.name()), a.name(), office, AGENT_ROLE, manager);
    }
    sales.saveProducts(parts.products());
    writeAccounts(parts.accounts(), run);
    return resolve(parts);
  }

  private void writeAccounts(List<Account> accounts, CustomerImportApi.ImportRun run) {
    Map<String, CustomerId> stored =
        customers.organizationsByName(accounts.stream().map(Account::name).toList());
    CustomerImportApi.Batch batch = customers.batch();
    CustomerImportApi.CodedValues coded = customers.codedValues();
    List<NormalizedCustomer> creates = new ArrayList<>();
    Set<String> planned = new HashSet<>();
    for (Account a : accounts) {
      if (stored.containsKey(a.name()) || !planned.add(a.name())) {
        continue;
      }
      CustomerImportApi.Result result =
          batch.normalize(
              new ImportCustomerInput(
                  "ORGANIZATION",
                  a.name(),
                  null,
                  null,
                  null,
                  sector(a.sector(), coded),
                  List.of(),
                  List.of(),
                  country(a.country()),
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  Set.of(),
                  Map.of()),
              run.actor());
      if (result.valid()) {
        creates.add(result.customer());
      }
    }
    if (!creates.isEmpty()) {
      customers.write(creates, List.of(), run);
    }
  }

  private static String sector(String cell, CustomerImportApi.CodedValues coded) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    String known = SECTORS.get(cell.strip().toLowerCase(Locale.ROOT));
    return known != null ? known : coded.code("sector", cell).orElse(null);
  }

  private static BigDecimal decimal(String cell) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    try {
      BigDecimal value = new BigDecimal(cell.strip().replace(",", ""));
      return value.signum() < 0 ? null : value;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Streams a part's rows as the cells of three columns, each found by the first of its header
   * names (compared as {@link ImportTargets#key}); a blank cell is null.
   */
  private static void rows(
      TabularFile file,
      List<String> first,
      List<String> second,
      List<String> third,
      java.util.function.Consumer<List<String>> handler) {
    List<String> header = file.header().stream().map(ImportTargets::key).toList();
    int[] index = {column(header, first), column(header, second), column(header, third)};
    file.rows(
        0,
        row -> {
          List<String> cells = new ArrayList<>(3);
          for (int i : index) {
            String cell = i < 0 ? null : row.cell(i);
            cells.add(cell == null || cell.isBlank() ? null : cell.strip());
          }
          handler.accept(cells);
        });
  }

  private static int column(List<String> header, List<String> names) {
    for (String name : names) {
      int i = header.indexOf(name);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }
}
