package io.pyra.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.pyra.identity.role.Role;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.security.WebSliceSecurity;
import io.pyra.platform.error.BusinessRuleException;
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
 * The roles pages behind the application's real security chain, with the role service mocked: the
 * pattern for a module's page slices (full page, and the results fragment for htmx).
 */
@WebMvcTest(RoleWebController.class)
@Import({WebSliceSecurity.class, RoleNames.class})
class RoleWebControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean RoleService roles;

  private final Role coach = new Role("COACH", "Coach", "Coaches the sales team");

  @BeforeEach
  void twoRoles() {
    Role tutor = new Role("TUTOR", "Tutor", null);
    when(roles.list()).thenReturn(List.of(coach, tutor));
    when(roles.holderCounts()).thenReturn(Map.of(coach.id(), 3L));
    when(roles.get(coach.id())).thenReturn(coach);
  }

  @Test
  void showsTheRolesWithTheirHoldersInTheWholePage() throws Exception {
    String html =
        mvc.perform(get("/admin/roles").with(WebSliceSecurity.staff("role.read")))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/roles/list"))
            .andExpect(
                header()
                    .string(
                        "Content-Security-Policy",
                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
            .andReturn()
            .getResponse()
            .getContentAsString();

    Document page = Jsoup.parse(html);
    assertThat(page.select("nav")).isNotEmpty();
    assertThat(page.select("h1").text()).isEqualTo("Roles");
    assertThat(page.select("#roles tbody tr").eachAttr("data-code"))
        .containsExactly("COACH", "TUTOR");
    assertThat(page.select("tr[data-code=COACH] .role-holders").text()).isEqualTo("3");
    assertThat(page.select("tr[data-code=TUTOR] .role-holders").text()).isEqualTo("0");
  }

  @Test
  void answersAnHtmxRequestWithTheResultsAlone() throws Exception {
    String html =
        mvc.perform(
                get("/admin/roles")
                    .header("HX-Request", "true")
                    .with(WebSliceSecurity.staff("role.read")))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/roles/list :: results"))
            .andReturn()
            .getResponse()
            .getContentAsString();

    Document fragment = Jsoup.parseBodyFragment(html);
    assertThat(html).doesNotContain("<nav").doesNotContain("<html");
    assertThat(fragment.select("#role-results #roles tbody tr").eachAttr("data-code"))
        .containsExactly("COACH", "TUTOR");
  }

  @Test
  void offersANewRoleOnlyToThoseWhoManageRoles() throws Exception {
    assertThat(page("role.read").select("#new-role")).isEmpty();
    assertThat(page("role.read", "role.manage").select("#new-role")).hasSize(1);
  }

  @Test
  void sendsSomeoneNotSignedInToTheSignInPage() throws Exception {
    mvc.perform(get("/admin/roles"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void refusesTheListToStaffWithoutRoleRead() throws Exception {
    mvc.perform(get("/admin/roles").with(WebSliceSecurity.staff("customer.read")))
        .andExpect(status().isForbidden());
  }

  @Test
  void deletesARoleAndSaysSo() throws Exception {
    mvc.perform(
            post("/admin/roles/{id}/delete", coach.id())
                .param("version", "4")
                .with(WebSliceSecurity.staff("role.read", "role.manage"))
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/roles"))
        .andExpect(flash().attribute("success", "Role Coach deleted."));

    verify(roles).delete(coach.id(), 4L);
  }

  @Test
  void showsWhyARoleCannotBeDeletedOnItsForm() throws Exception {
    doThrow(new BusinessRuleException(null, "in-use", "role.delete.in-use", coach.name(), 3))
        .when(roles)
        .delete(coach.id(), 4L);

    mvc.perform(
            post("/admin/roles/{id}/delete", coach.id())
                .param("version", "4")
                .with(WebSliceSecurity.staff("role.read", "role.manage"))
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/roles/" + coach.id() + "/edit"))
        .andExpect(flash().attribute("error", "Coach is still held by 3 user(s)."));
  }

  @Test
  void refusesADeletionPostedWithoutItsCsrfToken() throws Exception {
    mvc.perform(
            post("/admin/roles/{id}/delete", coach.id())
                .param("version", "4")
                .with(WebSliceSecurity.staff("role.read", "role.manage")))
        .andExpect(status().isForbidden());

    verify(roles, never()).delete(any(), anyLong());
  }

  @Test
  void refusesADeletionToStaffWhoOnlyReadRoles() throws Exception {
    mvc.perform(
            post("/admin/roles/{id}/delete", coach.id())
                .param("version", "4")
                .with(WebSliceSecurity.staff("role.read"))
                .with(csrf()))
        .andExpect(status().isForbidden());

    verify(roles, never()).delete(any(), anyLong());
  }

  private Document page(String... permissions) throws Exception {
    return Jsoup.parse(
        mvc.perform(get("/admin/roles").with(WebSliceSecurity.staff(permissions)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
