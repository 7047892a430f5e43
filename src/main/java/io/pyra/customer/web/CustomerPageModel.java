package io.pyra.customer.web;

import io.pyra.customer.contact.ContactService;
import io.pyra.customer.field.CustomField;
import io.pyra.customer.field.CustomFieldService;
import io.pyra.customer.profile.Customer;
import io.pyra.customer.profile.CustomerService;
import io.pyra.customer.profile.SaveCustomer;
import io.pyra.customer.sector.Sector;
import io.pyra.customer.sector.SectorService;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.platform.error.Problems;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/** Reads what the customer pages show, in one read-only transaction per page. */
@Component
@Transactional(readOnly = true)
class CustomerPageModel {

  /** A custom field's label and value as the detail page shows them. */
  record FieldLine(String label, String value) {}

  /**
   * A consent as the detail page shows it: {@code text} in words ("E-mail: not allowed since 5 Dec
   * 2026"), the date written as the user's language writes dates.
   */
  record ConsentLine(String channel, boolean granted, String text, String source) {}

  /** The timeline's panel: every contact record and task of the customer, newest first. */
  static final String TIMELINE = "timeline";

  /** The last contact records, with "Log contact" and a link to all of the customer's records. */
  static final String CONTACT_RECORDS = "contacts-log";

  private final CustomerService customers;
  private final CustomerRepresentation representation;
  private final ContactService contacts;
  private final SectorService sectors;
  private final CustomFieldService fields;
  private final IdentityApi identity;
  private final CustomerPanels panels;
  private final Problems problems;
  private final ZoneId zone;

  private final io.pyra.customer.directory.CustomerValues values;

  CustomerPageModel(
      CustomerService customers,
      CustomerRepresentation representation,
      ContactService contacts,
      SectorService sectors,
      CustomFieldService fields,
      IdentityApi identity,
      CustomerPanels panels,
      Problems problems,
      io.pyra.customer.directory.CustomerValues values,
      @Value("${pyra.time-zone:UTC}") String zone) {
    this.values = values;
    this.panels = panels;
    this.problems = problems;
    this.zone = ZoneId.of(zone);
    this.customers = customers;
    this.representation = representation;
    this.contacts = contacts;
    this.sectors = sectors;
    this.fields = fields;
    this.identity = identity;
  }

  void detail(Customer found, Model model, Locale locale) {
    Customer customer = customers.get(found.id());
    model.addAttribute("customer", representation.json(customer.id()));
    io.pyra.customer.directory.CustomerValue known = values.of(customer.id());
    model.addAttribute("tier", known.tier());
    model.addAttribute("grade", known.grade());
    List<CustomerPanels.PanelView> detailPanels =
        panels.at(io.pyra.customer.CustomerPanel.Place.DETAIL, customer.id());
    model.addAttribute("panels", detailPanels);
    model.addAttribute("panelsActionsOnly", actionsOnly(detailPanels));
    model.addAttribute("sectorName", sectorName(customer.sectorId(), locale));
    model.addAttribute(
        "ownerName",
        identity
            .user(UserId.ofNullable(customer.ownerId()))
            .map(UserSummary::displayName)
            .orElse(null));
    model.addAttribute(
        "orgUnitName",
        identity
            .orgUnit(OrgUnitId.ofNullable(customer.orgUnitId()))
            .map(OrgUnitSummary::name)
            .orElse(null));
    Map<String, Object> values = representation.customFields(customer);
    List<FieldLine> lines = new ArrayList<>();
    for (CustomField field : fields.all()) {
      Object value = values.get(field.code());
      if (value != null) {
        lines.add(
            new FieldLine(
                field.label(locale),
                value instanceof List<?> list
                    ? String.join(", ", list.stream().map(String::valueOf).toList())
                    : String.valueOf(value)));
      }
    }
    model.addAttribute("fieldLines", lines);
    var profile = customer.profile();
    List<FieldLine> profileLines = new ArrayList<>();
    addLine(profileLines, "field.education", profile.education());
    addLine(profileLines, "field.interests", profile.interests());
    addLine(profileLines, "field.industry", profile.industry());
    addLine(profileLines, "field.employeeCount", profile.employeeCount());
    addLine(profileLines, "field.coreCompetencies", profile.coreCompetencies());
    addLine(profileLines, "field.competitors", profile.competitors());
    addLine(profileLines, "field.background", profile.background());
    model.addAttribute("profileLines", profileLines);
    var a = customer.address();
    model.addAttribute(
        "addressLine",
        String.join(
            ", ",
            java.util.stream.Stream.of(
                    a.street(),
                    a.city(),
                    a.province(),
                    a.postalCode(),
                    a.country() == null
                        ? null
                        : Locale.of("", a.country().strip()).getDisplayCountry(locale))
                .filter(java.util.Objects::nonNull)
                .toList()));
    model.addAttribute(
        "consentLines",
        customer.consents().stream()
            .sorted(java.util.Comparator.comparing(c -> c.channel().ordinal()))
            .map(
                c ->
                    new ConsentLine(
                        c.channel().name(),
                        c.granted(),
                        consentText(c.channel().name(), c.granted(), c.recordedAt(), locale),
                        c.source()))
            .toList());
    model.addAttribute(
        "contacts",
        contacts.of(customer.id()).stream().map(CustomerRepresentation::contact).toList());
  }

  /**
   * Panels that would list again what the timeline lists: on the customer's page they bring only
   * their actions (the selector picks them out of the panel), so each contact record is listed
   * once, in the timeline; the panel's "all contact records" link leads to the other view.
   */
  static Map<String, String> actionsOnly(List<CustomerPanels.PanelView> shown) {
    Map<String, String> selectors = new java.util.HashMap<>();
    boolean timeline = shown.stream().anyMatch(p -> p.id().equals(TIMELINE));
    if (timeline && shown.stream().anyMatch(p -> p.id().equals(CONTACT_RECORDS))) {
      selectors.put(CONTACT_RECORDS, ".contacts-log > .d-flex");
    }
    return selectors;
  }

  /** "E-mail: allowed since 5 Dec 2026" / "电子邮件：自 2026年12月5日 起允许". */
  String consentText(String channel, boolean granted, Instant since, Locale locale) {
    String name = problems.messageOf("customer.consent.word." + channel, locale);
    String state = granted ? "allowed" : "notAllowed";
    if (since == null) {
      return problems.messageOf("customer.consent." + state, locale, name);
    }
    DateTimeFormatter format =
        DateTimeFormatter.ofPattern(
            problems.messageOf("customer.consent.datePattern", locale), locale);
    return problems.messageOf(
        "customer.consent." + state + "Since",
        locale,
        name,
        format.format(since.atZone(zone).toLocalDate()));
  }

  private static void addLine(List<FieldLine> lines, String key, Object value) {
    if (value != null) {
      lines.add(new FieldLine(key, String.valueOf(value)));
    }
  }

  CustomerForm form(UUID id) {
    Customer customer = customers.get(id);
    SaveCustomer command = representation.asCommand(id, customer.version());
    String source =
        customer.consents().stream()
            .map(c -> c.source())
            .filter(s -> s != null)
            .findFirst()
            .orElse(null);
    return CustomerForm.of(
        command, CustomerWebController.granted(customer.consents()), source, customer.version());
  }

  void editOptions(UUID id, Model model, Locale locale) {
    if (id != null) {
      model.addAttribute("customer", representation.json(id));
    }
    List<String[]> sectorOptions = new ArrayList<>();
    Map<UUID, String> names = new LinkedHashMap<>();
    for (Sector sector : sectors.tree()) {
      if (!sector.active()) {
        continue;
      }
      names.put(sector.id(), sector.name(locale));
      String label =
          sector.parentId() == null
              ? sector.name(locale)
              : names.getOrDefault(sector.parentId(), "") + " > " + sector.name(locale);
      sectorOptions.add(new String[] {sector.code(), label});
    }
    model.addAttribute("sectorOptions", sectorOptions);
    model.addAttribute(
        "ownerOptions",
        identity.activeUsers().stream()
            .map(u -> new String[] {u.id().toString(), u.displayName()})
            .toList());
    model.addAttribute(
        "orgUnitOptions",
        identity.orgUnits().stream().map(u -> new String[] {u.id().toString(), u.name()}).toList());
    model.addAttribute("stages", CustomerWebController.stages());
    model.addAttribute("channels", List.of("EMAIL", "SMS", "PHONE"));
    model.addAttribute("customFieldDefinitions", fields.active());
  }

  String sectorName(UUID sectorId, Locale locale) {
    return sectors
        .find(sectorId)
        .map(
            s -> {
              String name = s.name(locale);
              return s.parentId() == null
                  ? name
                  : sectors.find(s.parentId()).map(p -> p.name(locale) + " > " + name).orElse(name);
            })
        .orElse(null);
  }
}
