package io.pyra.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.orgunit.SaveOrgUnit;
import io.pyra.identity.security.WebSliceSecurity;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The org-unit pages behind the real security chain, with the org-unit service and the reach of the
 * signed-in user's grants ({@link OrgUnitAccess}) mocked.
 */
@WebMvcTest(OrgUnitWebController.class)
@Import(WebSliceSecurity.class)
class OrgUnitWebControllerTests {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired MockMvc mvc;
  @MockitoBean OrgUnitService units;
  @MockitoBean OrgUnitAccess access;

  private final OrgUnit company =
      new OrgUnit(null, OrgUnitKind.COMPANY, "HQ", "Head office", SHANGHAI);
  private final OrgUnit east = new OrgUnit(company, OrgUnitKind.REGION, "EAST", "East", SHANGHAI);
  private final OrgUnit ningbo =
      new OrgUnit(east, OrgUnitKind.BRANCH, "NB", "Ningbo centre", SHANGHAI);

  @BeforeEach
  void aRegionalManagersView() {
    when(access.readableTree()).thenReturn(List.of(east, ningbo));
    when(access.canManage(ningbo)).thenReturn(true);
    when(units.memberCounts()).thenReturn(Map.of(ningbo.id(), 7L));
  }

  @Test
  void showsTheTreeFromTheHighestUnitInSightInTheWholePage() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(get("/admin/org-units").with(WebSliceSecurity.staff("org-unit.read")))
                .andExpect(status().isOk())
                .andExpect(view().name("identity/org-units/list"))
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(page.select("nav")).isNotEmpty();
    assertThat(page.select("#org-units tbody tr").eachAttr("data-code"))
        .containsExactly("EAST", "NB");
    assertThat(page.select("tr[data-code=EAST] td").first().className()).isEqualTo("tree-depth-0");
    assertThat(page.select("tr[data-code=NB] td").first().className()).isEqualTo("tree-depth-1");
    assertThat(page.select("tr[data-code=NB] .org-unit-kind").text()).isEqualTo("Branch");
    assertThat(page.select("tr[data-code=NB] .org-unit-users").text()).isEqualTo("7");
  }

  @Test
  void offersChangesOnlyOnTheUnitsWithinReach() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(get("/admin/org-units").with(WebSliceSecurity.staff("org-unit.read")))
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(page.select("tr[data-code=NB] .edit-link")).hasSize(1);
    assertThat(page.select("tr[data-code=EAST] .edit-link")).isEmpty();
    assertThat(page.select("#new-org-unit")).isEmpty();
  }

  @Test
  void answersAnHtmxRequestWithTheTreeAlone() throws Exception {
    String html =
        mvc.perform(
                get("/admin/org-units")
                    .header("HX-Request", "true")
                    .with(WebSliceSecurity.staff("org-unit.read")))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/org-units/list :: results"))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html).doesNotContain("<nav").doesNotContain("<html");
    assertThat(Jsoup.parseBodyFragment(html).select("#org-unit-results tbody tr")).hasSize(2);
  }

  @Test
  void saysSoWhenNoUnitIsInSight() throws Exception {
    when(access.readableTree()).thenReturn(List.of());

    Document page =
        Jsoup.parse(
            mvc.perform(get("/admin/org-units").with(WebSliceSecurity.staff("org-unit.read")))
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(page.select("#no-org-units").text()).isEqualTo("There is no org unit you may see.");
    assertThat(page.select("#org-units")).isEmpty();
  }

  @Test
  void refusesTheTreeToStaffWithoutOrgUnitRead() throws Exception {
    mvc.perform(get("/admin/org-units").with(WebSliceSecurity.staff("role.read")))
        .andExpect(status().isForbidden());
  }

  @Test
  void createsAUnitBelowACheckedParentAndSaysSo() throws Exception {
    OrgUnit team = new OrgUnit(ningbo, OrgUnitKind.TEAM, "NB_FD", "Front desk", SHANGHAI);
    when(units.create(any(SaveOrgUnit.class))).thenReturn(team);

    mvc.perform(
            post("/admin/org-units/new")
                .param("parentId", ningbo.id().toString())
                .param("kind", "TEAM")
                .param("code", "NB_FD")
                .param("name", "Front desk")
                .param("timeZone", "Asia/Shanghai")
                .with(WebSliceSecurity.staff("org-unit.read", "org-unit.manage"))
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/org-units"))
        .andExpect(flash().attribute("success", "Org unit Front desk saved."));

    verify(access).checkParent(ningbo.id());
  }

  @Test
  void refusesCreatingAUnitToStaffWhoOnlyReadTheTree() throws Exception {
    mvc.perform(
            post("/admin/org-units/new")
                .param("parentId", ningbo.id().toString())
                .param("kind", "TEAM")
                .param("code", "NB_FD")
                .param("name", "Front desk")
                .param("timeZone", "Asia/Shanghai")
                .with(WebSliceSecurity.staff("org-unit.read"))
                .with(csrf()))
        .andExpect(status().isForbidden());

    verify(units, never()).create(any());
  }
}
