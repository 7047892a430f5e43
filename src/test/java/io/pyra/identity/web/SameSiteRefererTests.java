package io.pyra.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SameSiteRefererTests {

  private final MockHttpServletRequest request = request("");

  @Test
  void leadsBackToAPageOfThisSite() {
    assertThat(SameSiteReferer.path("http://pyra.example:8080/admin/users?q=li", request))
        .isEqualTo("/admin/users?q=li");
    assertThat(SameSiteReferer.path("/account/tokens", request)).isEqualTo("/account/tokens");
  }

  @Test
  void dropsTheLanguageParameterThatWouldUndoTheSwitch() {
    assertThat(
            SameSiteReferer.path("http://pyra.example:8080/admin/audit?lang=en&user=li", request))
        .isEqualTo("/admin/audit?user=li");
  }

  @Test
  void neverLeadsToAnotherSite() {
    assertThat(SameSiteReferer.path("https://evil.example/steal", request)).isEqualTo("/");
    assertThat(SameSiteReferer.path("http://pyra.example:9999/x", request)).isEqualTo("/");
    assertThat(SameSiteReferer.path("//evil.example/x", request)).isEqualTo("/");
    assertThat(SameSiteReferer.path("javascript:alert(1)", request)).isEqualTo("/");
    assertThat(SameSiteReferer.path("http://pyra.example:8080//evil.example/x", request))
        .isEqualTo("/");
    assertThat(SameSiteReferer.path("not a uri", request)).isEqualTo("/");
    assertThat(SameSiteReferer.path(null, request)).isEqualTo("/");
  }

  @Test
  void staysWithinTheContextPath() {
    MockHttpServletRequest underContext = request("/crm");
    assertThat(SameSiteReferer.path("http://pyra.example:8080/crm/admin/roles", underContext))
        .isEqualTo("/admin/roles");
    assertThat(SameSiteReferer.path("http://pyra.example:8080/other/x", underContext))
        .isEqualTo("/");
  }

  private static MockHttpServletRequest request(String contextPath) {
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", contextPath + "/account/locale");
    request.setServerName("pyra.example");
    request.setServerPort(8080);
    request.setContextPath(contextPath);
    return request;
  }
}
