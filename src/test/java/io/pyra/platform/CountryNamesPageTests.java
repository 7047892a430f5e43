package io.pyra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.text.Collator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Countries are shown by their name in the reader's language, chosen by name, stored by code. */
@PyraIntegrationTest
class CountryNamesPageTests {

  @LocalServerPort int port;

  @Test
  void aCustomersAddressShowsItsCountryByNameAndTheFormChoosesItByName() {
    ApiClient api = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "ORGANIZATION");
    body.put("name", "Harbour " + UUID.randomUUID().toString().substring(0, 8));
    body.put("address", Map.of("country", "HK", "city", "Kowloon"));
    ApiClient.Response created = api.post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    PageClient page = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);

    Document detail = page.get("/customers/" + id).document();
    assertThat(detail.select("#customer-address").text())
        .isEqualTo("Kowloon, " + Locale.of("", "HK").getDisplayCountry(Locale.ENGLISH))
        .doesNotContain(", HK");

    Document form = page.get("/customers/" + id + "/edit").document();
    assertThat(form.select("#country option[selected]").val()).isEqualTo("HK");
    assertThat(form.select("#country option[selected]").text())
        .isEqualTo(Locale.of("", "HK").getDisplayCountry(Locale.ENGLISH));
    List<String> names =
        form.select("#country option").stream()
            .filter(option -> !option.val().isEmpty())
            .map(Element::text)
            .toList();
    assertThat(names).hasSize(Locale.getISOCountries().length);
    assertThat(names).isSortedAccordingTo(Collator.getInstance(Locale.ENGLISH));

    Document chinese = page.get("/customers/" + id + "?lang=zh-CN").document();
    assertThat(chinese.select("#customer-address").text())
        .isEqualTo("Kowloon, " + Locale.of("", "HK").getDisplayCountry(Locale.SIMPLIFIED_CHINESE))
        .contains("香港");
    page.get("/customers/" + id + "?lang=en");
  }
}
