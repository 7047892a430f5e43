package io.pyra.integration.importing;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Note;
import ezvcard.property.StructuredName;
import ezvcard.property.Title;
import io.pyra.platform.PhoneNumbers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A {@code .vcf} file (one or many cards, vCard 2.1, 3.0 or 4.0 as phones and mail programs write
 * them) read as rows with a fixed header; the reader's warnings travel with each row as notes.
 */
final class VCardFile implements TabularFile {

  static final List<String> HEADER =
      List.of(
          "Name",
          "Phone 1",
          "Phone 2",
          "Phone 3",
          "Email 1",
          "Email 2",
          "Organization",
          "Title",
          "Country",
          "Province",
          "City",
          "Street",
          "Postal code",
          "Note",
          "Tags");

  private static final Map<String, String> COUNTRIES = countries();

  private final Path file;
  private final PhoneNumbers phoneNumbers;

  VCardFile(Path file, PhoneNumbers phoneNumbers) {
    this.file = file;
    this.phoneNumbers = phoneNumbers;
  }

  @Override
  public List<String> header() {
    return HEADER;
  }

  @Override
  public void rows(int afterRow, Consumer<SourceRow> handler) {
    try (VCardReader reader = new VCardReader(file)) {
      int number = 1;
      VCard card;
      while (true) {
        try {
          card = reader.readNext();
        } catch (RuntimeException e) {
          number++;
          handler.accept(
              new SourceRow(number, List.of(), List.of("unreadable card: " + e.getMessage())));
          continue;
        }
        if (card == null) {
          break;
        }
        number++;
        List<String> notes =
            reader.getWarnings().stream()
                .map(Object::toString)
                .collect(Collectors.toCollection(ArrayList::new));
        if (number > afterRow) {
          handler.accept(new SourceRow(number, cells(card, notes, phoneNumbers), notes));
        }
      }
    } catch (IOException e) {
      throw new ImportFileException("import.file.unreadable", e.getMessage());
    }
  }

  static List<String> cells(VCard card, List<String> notes, PhoneNumbers phoneNumbers) {
    List<String> written =
        card.getTelephoneNumbers().stream()
            .map(
                t ->
                    t.getText() != null
                        ? t.getText()
                        : t.getUri() != null ? t.getUri().getNumber() : null)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    List<String> emails =
        card.getEmails().stream().map(Email::getValue).filter(Objects::nonNull).distinct().toList();
    String org =
        card.getOrganization() == null
            ? ""
            : String.join(" ", card.getOrganization().getValues()).strip();
    Address address = card.getAddresses().isEmpty() ? null : card.getAddresses().get(0);
    String country = "";
    if (address != null && address.getCountry() != null && !address.getCountry().isBlank()) {
      country = COUNTRIES.getOrDefault(address.getCountry().strip().toLowerCase(Locale.ROOT), "");
      if (country.isEmpty()) {
        notes.add("country not recognised, left out: " + address.getCountry().strip());
      }
    }
    List<String> phones = phones(written, country, notes, phoneNumbers);
    if (phones.size() > 3) {
      notes.add("only the first three of " + phones.size() + " phones are imported");
    }
    if (emails.size() > 2) {
      notes.add("only the first two of " + emails.size() + " emails are imported");
    }
    List<String> tags = new ArrayList<>();
    for (Categories categories : card.getCategoriesList()) {
      tags.addAll(categories.getValues());
    }
    return List.of(
        name(card, org),
        at(phones, 0),
        at(phones, 1),
        at(phones, 2),
        at(emails, 0),
        at(emails, 1),
        org,
        card.getTitles().stream()
            .map(Title::getValue)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(""),
        country,
        address == null || address.getRegion() == null ? "" : address.getRegion(),
        address == null || address.getLocality() == null ? "" : address.getLocality(),
        address == null ? "" : String.join(" ", address.getStreetAddresses()).strip(),
        address == null || address.getPostalCode() == null ? "" : address.getPostalCode(),
        card.getNotes().stream()
            .map(Note::getValue)
            .filter(Objects::nonNull)
            .collect(Collectors.joining("\n")),
        String.join(";", tags));
  }

  /**
   * Phones in E.164. Address books keep many numbers without a country code; such a number is read
   * in the card's own country (its address says where the person is), then in the default region;
   * one that is a number in neither is left out with a note, and the card imports without it (a
   * contact is worth more than one bad number).
   */
  private static List<String> phones(
      List<String> written, String country, List<String> notes, PhoneNumbers phoneNumbers) {
    List<String> phones = new ArrayList<>();
    for (String text : written) {
      Optional<String> e164 =
          country.isEmpty() ? Optional.empty() : phoneNumbers.toE164(text, country);
      if (e164.isEmpty()) {
        e164 = phoneNumbers.toE164(text);
      }
      if (e164.isPresent()) {
        if (!phones.contains(e164.get())) {
          phones.add(e164.get());
        }
      } else {
        notes.add(
            "phone "
                + text.strip()
                + " is not a number"
                + (country.isEmpty() ? "" : " in " + country + " nor")
                + " in the default region (country code missing?); left out");
      }
    }
    return phones;
  }

  private static String name(VCard card, String org) {
    if (card.getFormattedName() != null
        && card.getFormattedName().getValue() != null
        && !card.getFormattedName().getValue().isBlank()) {
      return card.getFormattedName().getValue().strip();
    }
    StructuredName n = card.getStructuredName();
    if (n != null) {
      String joined =
          String.join(" ", n.getPrefixes())
              + " "
              + Objects.toString(n.getGiven(), "")
              + " "
              + Objects.toString(n.getFamily(), "");
      if (!joined.isBlank()) {
        return joined.strip().replaceAll("\\s+", " ");
      }
    }
    return org;
  }

  private static String at(List<String> values, int index) {
    return index < values.size() ? values.get(index) : "";
  }

  private static Map<String, String> countries() {
    Map<String, String> map = new HashMap<>();
    for (String iso : Locale.getISOCountries()) {
      Locale locale = Locale.of("", iso);
      map.put(iso.toLowerCase(Locale.ROOT), iso);
      map.put(locale.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), iso);
      map.put(locale.getDisplayCountry(Locale.SIMPLIFIED_CHINESE).toLowerCase(Locale.ROOT), iso);
      map.put(locale.getISO3Country().toLowerCase(Locale.ROOT), iso);
    }
    map.put("usa", "US");
    map.put("united states of america", "US");
    map.put("u.s.a.", "US");
    map.put("uk", "GB");
    map.put("england", "GB");
    map.put("中国", "CN");
    return map;
  }
}
