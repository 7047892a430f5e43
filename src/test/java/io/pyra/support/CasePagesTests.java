package io.pyra.support;

import static io.pyra.support.CaseStaff.fields;
import static io.pyra.support.CaseStaff.path;
import static io.pyra.support.CaseStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case pages as staff use them: the queue within each reader's reach, the new-case form and its
 * errors in both languages, the workflow buttons, the history in words, the edit form's conflict,
 * the priority override, and the ways in from the customer page, the known-caller card and a
 * contact record.
 */
@PyraIntegrationTest
class CasePagesTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  CaseStaff staff;
  OrgUnit branch;
  UserAccount agent;
  UUID customer;
  String customerName;

  @BeforeEach
  void setUp() {
    staff = new CaseStaff(orgUnits, users, roles, jdbc, port);
    branch = staff.branch();
    agent = staff.user(branch, "CALL_CENTRE_AGENT");
    customerName = unique("Zhou Min");
    customer = staff.customer(customerName, agent, branch);
  }

  @Test
  void theQueueShowsAnAgentTheirOwnCasesAndAPrincipalTheirSubtree() {
    OrgUnit team = staff.team(branch);
    OrgUnit elsewhere = staff.branch();
    UserAccount colleague = staff.user(branch, "CALL_CENTRE_AGENT");
    UserAccount teamAgent = staff.user(team, "CALL_CENTRE_AGENT");
    UserAccount farAgent = staff.user(elsewhere, "CALL_CENTRE_AGENT");
    UserAccount principal = staff.user(branch, "CENTRE_PRINCIPAL");
    String mine = unique("Mine");
    String colleagues = unique("Colleague");
    String teams = unique("Team");
    String far = unique("Far");
    staff.openCase(customer, mine, agent, branch);
    staff.openCase(customer, colleagues, colleague, branch);
    staff.openCase(customer, teams, teamAgent, team);
    staff.openCase(customer, far, farAgent, elsewhere);

    Document agentsAll = staff.pages(agent).get("/cases?view=all").document();
    assertThat(subjects(agentsAll)).containsExactly(mine);
    Element row = agentsAll.selectFirst(".case-row");
    assertThat(row.select(".case-customer a").text()).isEqualTo(customerName);
    assertThat(row.select(".case-customer a").attr("href")).isEqualTo("/customers/" + customer);
    assertThat(row.select(".case-grade").text()).isEqualTo("C");
    assertThat(row.select(".case-tier").text()).isEqualTo("—");
    assertThat(row.select(".case-priority").text()).isEqualTo("P6");
    assertThat(row.select(".sla-state").attr("data-sla")).isEqualTo("ON_TRACK");
    assertThat(row.select(".sla-state").hasClass("text-bg-success")).isTrue();
    assertThat(row.select(".sla-state").text()).isEqualTo("On track");
    assertThat(row.select(".case-next-due").text()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    assertThat(row.select(".case-assignee").text()).isEqualTo(agent.displayName());

    PageClient boss = staff.pages(principal);
    assertThat(subjects(boss.get("/cases?view=all").document()))
        .containsExactlyInAnyOrder(mine, colleagues, teams);
    assertThat(subjects(boss.get("/cases?view=team").document()))
        .containsExactlyInAnyOrder(mine, colleagues);
    assertThat(subjects(boss.get("/cases?view=mine").document())).isEmpty();
    assertThat(subjects(staff.pages(agent).get("/cases").document())).containsExactly(mine);
    Document fragment =
        boss.get("/cases?view=all&severity=SERIOUS", Map.of("HX-Request", "true")).document();
    assertThat(fragment.select("#results")).hasSize(1);
    assertThat(fragment.select("#case-filters")).isEmpty();
    assertThat(subjects(fragment)).isEmpty();
    assertThat(boss.get("/cases?view=nonsense").document().select("#filter-error")).hasSize(1);
  }

  @Test
  void aNewCaseFromTheCustomerIsSavedAsFilledAndShownOnItsPage() {
    UUID contact = staff.contact(customer, "Zhou Lei");
    PageClient page = staff.pages(agent);

    Document form =
        page.get("/cases/new?customer=" + customer + "&contact=" + contact + "&channel=EMAIL")
            .document();

    assertThat(form.select("#case-customer a").text()).isEqualTo(customerName);
    assertThat(form.select("#case-customer-code").text()).startsWith("C-");
    assertThat(form.select("#contactId option[selected]").val()).isEqualTo(contact.toString());
    assertThat(form.select("#channel option[selected]").val()).isEqualTo("EMAIL");
    assertThat(form.select("#assigneeId option[selected]").val()).isEqualTo(agent.id().toString());
    assertThat(form.select("#teamId option[selected]").val()).isEqualTo(branch.id().toString());
    assertThat(form.select("#case-suggestions")).hasSize(1);
    String category = form.select("#serviceCategory option").get(1).val();
    Map<String, String> fields = fields(form);
    fields.put("type", "COMPLAINT");
    fields.put("severity", "SERIOUS");
    fields.put("subject", "The teacher did not come");
    fields.put("description", "Second time this month.");
    fields.put("serviceCategory", category);
    long before = staff.caseCount();

    PageClient.Page saved = page.post("/cases", fields);

    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(staff.caseCount()).isEqualTo(before + 1);
    Document detail = page.get(path(saved.location())).document();
    String code = detail.select("#case-code").text();
    assertThat(code).matches("CS-\\d{6}");
    assertThat(detail.select("#flash-success").text()).contains(code, "The teacher did not come");
    assertThat(detail.select("#case-subject").text()).isEqualTo("The teacher did not come");
    assertThat(detail.select("#case-status .case-status").attr("data-status")).isEqualTo("NEW");
    assertThat(detail.select("#case-sla .sla-state").attr("data-sla")).isEqualTo("ON_TRACK");
    assertThat(detail.select("#case-type").text()).isEqualTo("Complaint");
    assertThat(detail.select("#case-severity").text()).isEqualTo("Serious");
    assertThat(detail.select("#case-channel").text()).isEqualTo("Email");
    assertThat(detail.select("#case-contact").text()).isEqualTo("Zhou Lei");
    assertThat(detail.select("#case-description").text()).isEqualTo("Second time this month.");
    assertThat(detail.select("#case-assignee").text()).isEqualTo(agent.displayName());
    // no grade yet counts as grade C; C and serious is priority 1 + 2×2 + 0
    assertThat(detail.select("#case-grade").text()).isEqualTo("C");
    assertThat(detail.select("#case-priority .case-priority").text()).isEqualTo("P5");
    String created = detail.select("#case-created").text();
    assertThat(detail.select("#case-first-response-due").text()).isGreaterThan(created);
    assertThat(detail.select("#case-resolution-due").text()).isGreaterThan(created);
    assertThat(detail.select("#case-escalation").text()).isEqualTo("Not escalated");
    assertThat(detail.select("#case-history .history-what").eachText())
        .containsExactly("Case opened");
    assertThat(detail.select("#case-history .history-who").text()).isEqualTo(agent.displayName());
    assertThat(detail.select("#move-IN_PROGRESS")).hasSize(1);
    assertThat(detail.select("#move-WAITING_ON_CUSTOMER")).hasSize(1);
    assertThat(detail.select("#move-CLOSED")).isEmpty();
    assertThat(detail.select("#resolve #resolution")).hasSize(1);
    assertThat(detail.select("#priority-form")).isEmpty();
  }

  @Test
  void aFormWithoutSubjectOrTypeIsShownAgainWithEachMessageInTheReadersLanguage() {
    PageClient page = staff.pages(agent);
    Map<String, String> fields = fields(page.get("/cases/new?customer=" + customer).document());
    fields.put("severity", "MINOR");
    fields.put("subject", "  ");
    long before = staff.caseCount();

    PageClient.Page refused = page.post("/cases", fields);

    assertThat(refused.status()).isEqualTo(422);
    Document again = refused.document();
    assertThat(again.select("#subject-error").text()).isEqualTo("Give the case a subject.");
    assertThat(again.select("#type-error").text()).isEqualTo("Choose the type of case.");
    assertThat(again.select("#case-customer a").text()).isEqualTo(customerName);
    assertThat(again.select("#severity option[selected]").val()).isEqualTo("MINOR");
    assertThat(staff.caseCount()).isEqualTo(before);

    PageClient chinese = staff.pages(staff.user(branch, "CALL_CENTRE_AGENT", "zh-CN"));
    Document zhForm = chinese.get("/cases/new?customer=" + customer).document();
    assertThat(zhForm.select("h1").text()).isEqualTo("新建工单");
    Map<String, String> zh = fields(zhForm);
    zh.put("subject", "");
    Document zhAgain = chinese.post("/cases", zh).document();
    assertThat(zhAgain.select("#subject-error").text()).isEqualTo("请填写工单主题。");
    assertThat(zhAgain.select("#type-error").text()).isEqualTo("请选择工单类型。");
    assertThat(staff.caseCount()).isEqualTo(before);
  }

  @Test
  void theWorkflowButtonsMoveTheCaseAndResolvingAsksForTheResolution() {
    UUID id = staff.openCase(customer, "Invoice is wrong", agent, branch);
    PageClient page = staff.pages(agent);

    assertThat(move(page, id, "IN_PROGRESS", null).status()).isEqualTo(302);
    Document working = page.get("/cases/" + id).document();
    assertThat(working.select("#flash-success").text()).contains("In progress");
    assertThat(working.select("#case-status .case-status").attr("data-status"))
        .isEqualTo("IN_PROGRESS");
    assertThat(working.select("#move-IN_PROGRESS")).isEmpty();

    PageClient.Page refused = move(page, id, "RESOLVED", "");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.document().select("#case-action-error").text())
        .isEqualTo("Say how the case was resolved.");
    assertThat(refused.document().select("details#resolve[open]")).hasSize(1);
    assertThat(refused.document().select("#case-status .case-status").attr("data-status"))
        .isEqualTo("IN_PROGRESS");
    PageClient chinese = staff.pages(staff.user(branch, "CENTRE_PRINCIPAL", "zh-CN"));
    assertThat(move(chinese, id, "RESOLVED", " ").document().select("#case-action-error").text())
        .isEqualTo("请说明工单是如何解决的。");

    assertThat(move(page, id, "RESOLVED", "Credited the difference").status()).isEqualTo(302);
    Document resolved = page.get("/cases/" + id).document();
    assertThat(resolved.select("#case-status .case-status").attr("data-status"))
        .isEqualTo("RESOLVED");
    assertThat(resolved.select("#case-resolution").text()).isEqualTo("Credited the difference");
    assertThat(resolved.select("#case-sla .sla-state").attr("data-sla")).isEqualTo("MET");
    assertThat(resolved.select("#move-IN_PROGRESS").text()).isEqualTo("Reopen");
    assertThat(resolved.select("#move-CLOSED")).hasSize(1);
    assertThat(resolved.select("#resolve")).isEmpty();

    assertThat(move(page, id, "CLOSED", null).status()).isEqualTo(302);
    assertThat(
            page.get("/cases/" + id)
                .document()
                .select("#case-status .case-status")
                .attr("data-status"))
        .isEqualTo("CLOSED");
  }

  @Test
  void theHistoryTellsEveryEventInWordsInBothLanguages() {
    UserAccount principal = staff.user(branch, "CENTRE_PRINCIPAL", "zh-CN");
    UUID id = staff.openCase(customer, "Room too cold", agent, branch);
    PageClient page = staff.pages(agent);
    move(page, id, "IN_PROGRESS", null);
    move(page, id, "WAITING_ON_CUSTOMER", null);
    Instant now = Instant.now();
    staff.slaEvent(id, "SLA_WARNING", "first-response", null, now.plusSeconds(1));
    staff.slaEvent(id, "SLA_BREACH", "resolution", null, now.plusSeconds(2));
    staff.slaEvent(id, "ESCALATED", "1", principal.displayName(), now.plusSeconds(3));

    Document english = page.get("/cases/" + id).document();

    List<String> what = english.select("#case-history .history-what").eachText();
    assertThat(what)
        .containsSubsequence(
            "Case opened",
            "Status: New → In progress",
            "Status: In progress → Waiting on customer",
            "First response target nears",
            "Resolution target missed",
            "Escalated to " + principal.displayName() + " (level 1)");
    assertThat(what).contains("First response given");
    Element escalation = english.select("#case-history tr[data-kind=ESCALATED]").first();
    assertThat(escalation.select(".history-who").text()).isEqualTo("Pyra");
    Element moved = english.select("#case-history tr[data-kind=STATUS]").first();
    assertThat(moved.select(".history-who").text()).isEqualTo(agent.displayName());
    assertThat(moved.select(".history-at").text()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

    Document chinese = staff.pages(principal).get("/cases/" + id).document();
    assertThat(chinese.select("#case-history .history-what").eachText())
        .containsSubsequence(
            "工单已创建",
            "状态：新建 → 处理中",
            "状态：处理中 → 等待客户",
            "首次响应即将超时",
            "解决已超时",
            "已升级至 " + principal.displayName() + "（第 1 级）");
    assertThat(chinese.select("#case-history tr[data-kind=ESCALATED] .history-who").text())
        .isEqualTo("Pyra 系统");
  }

  @Test
  void aStaleEditIsAConflictAndOverwritesNothing() {
    UUID id = staff.openCase(customer, "Projector broken", agent, branch);
    PageClient first = staff.pages(agent);
    PageClient second = staff.pages(agent);
    Map<String, String> firstForm = fields(first.get("/cases/" + id + "/edit").document());
    Map<String, String> secondForm = fields(second.get("/cases/" + id + "/edit").document());
    assertThat(firstForm.get("subject")).isEqualTo("Projector broken");

    firstForm.put("subject", "Projector broken in room 3");
    assertThat(first.post("/cases/" + id + "/edit", firstForm).status()).isEqualTo(302);
    secondForm.put("subject", "Nothing wrong");
    PageClient.Page stale = second.post("/cases/" + id + "/edit", secondForm);

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.document().select(".alert-danger").text()).contains("changed by someone else");
    assertThat(first.get("/cases/" + id).document().select("#case-subject").text())
        .isEqualTo("Projector broken in room 3");
  }

  @Test
  void aPrincipalOverridesThePriorityWithAReason() {
    UUID id = staff.openCase(customer, "Lost certificate", agent, branch);
    PageClient boss = staff.pages(staff.user(branch, "CENTRE_PRINCIPAL"));
    Document before = boss.get("/cases/" + id).document();
    assertThat(before.select("#priority-form")).hasSize(1);

    PageClient.Page refused =
        boss.post("/cases/" + id + "/priority", Map.of("priority", "1", "reason", ""));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.document().select("#priority-error").text())
        .isEqualTo("Say why the priority is changed.");

    assertThat(
            boss.post(
                    "/cases/" + id + "/priority",
                    Map.of("priority", "1", "reason", "Exam next week"))
                .status())
        .isEqualTo(302);
    Document after = boss.get("/cases/" + id).document();
    assertThat(after.select("#case-priority .case-priority").text()).isEqualTo("P1");
    assertThat(after.select("#case-priority-override").text())
        .isEqualTo("overridden: Exam next week");
    assertThat(after.select("#case-history .history-what").eachText())
        .contains("Priority: P6 → P1");
    assertThat(staff.pages(agent).get("/cases/" + id).document().select("#priority-form"))
        .isEmpty();
  }

  @Test
  void theCustomerPageListsTheCustomersCasesOpenFirstWithANewCaseButton() {
    UUID done = staff.openCase(customer, "Old question", agent, branch);
    PageClient page = staff.pages(agent);
    move(page, done, "RESOLVED", "Answered");
    UUID open = staff.openCase(customer, "New question", agent, branch);

    Document customerPage = page.get("/customers/" + customer).document();
    assertThat(customerPage.select("section#cases div[hx-get]").attr("hx-get"))
        .isEqualTo("/customers/" + customer + "/cases");
    Document panel = page.get("/customers/" + customer + "/cases").document();
    assertThat(panel.select(".case-row").eachAttr("data-case"))
        .containsExactly(open.toString(), done.toString());
    assertThat(panel.select("#new-customer-case").attr("href"))
        .isEqualTo("/cases/new?customer=" + customer);

    Document card = page.get("/customers/" + customer + "/cases/card?focus=true").document();
    assertThat(card.select(".case-row").eachAttr("data-case")).containsExactly(open.toString());
    assertThat(card.select(".new-caller-case").attr("href"))
        .isEqualTo("/cases/new?customer=" + customer + "&channel=PHONE");

    PageClient finance = staff.pages(staff.user(branch, "FINANCE"));
    assertThat(finance.get("/customers/" + customer).document().select("section#cases")).isEmpty();
    Document financePanel = finance.get("/customers/" + customer + "/cases").document();
    assertThat(financePanel.select("#new-customer-case")).isEmpty();
    assertThat(financePanel.select(".case-row")).isEmpty();
    assertThat(finance.get("/cases/" + open).status()).isEqualTo(403);
  }

  @Test
  void aContactRecordOpensACaseThatRemembersWhereItCameFrom() {
    Map<String, Object> record = new HashMap<>();
    record.put("customerId", customer);
    record.put("type", "CONSULTATION");
    record.put("channel", "VISIT");
    record.put("direction", "INBOUND");
    record.put("subject", "Complained at the desk");
    record.put("occurredAt", Instant.now().minusSeconds(600).toString());
    String recordId =
        staff.admin().post("/api/v1/interactions", record).json().get("id").asString();
    PageClient page = staff.pages(agent);

    String link =
        page.get("/interactions/" + recordId).document().select("#open-case").attr("href");
    assertThat(link)
        .isEqualTo("/cases/new?customer=" + customer + "&record=" + recordId + "&channel=VISIT");
    Document form = page.get(link).document();
    assertThat(form.select("#case-record a").attr("href")).isEqualTo("/interactions/" + recordId);
    assertThat(form.select("#channel option[selected]").val()).isEqualTo("VISIT");
    Map<String, String> fields = fields(form);
    fields.put("type", "COMPLAINT");
    fields.put("severity", "MINOR");
    fields.put("subject", "Complained at the desk");
    PageClient.Page saved = page.post("/cases", fields);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);

    assertThat(page.get(path(saved.location())).document().select(".history-what").eachText())
        .containsExactly("Case opened", "Opened from a contact record");
  }

  @Test
  void theTimelineShowsOpeningStatusChangesAndEscalationsOfTheCasesTheReaderSees() {
    UUID id = staff.openCase(customer, "Heating broken", agent, branch);
    PageClient page = staff.pages(agent);
    move(page, id, "IN_PROGRESS", null);
    move(page, id, "RESOLVED", "Fixed");
    staff.slaEvent(id, "ESCALATED", "1", "Staff Boss", Instant.now().plusSeconds(1));
    OrgUnit elsewhere = staff.branch();
    staff.openCase(
        customer, "Not for the agent", staff.user(elsewhere, "CALL_CENTRE_AGENT"), elsewhere);
    String code =
        jdbc.sql("select code from support_case where id = ?")
            .param(id)
            .query(String.class)
            .single();

    var entries =
        new io.pyra.testing.ApiClient(port)
            .signIn(agent.username(), CaseStaff.PASSWORD)
            .get("/api/v1/customers/" + customer + "/timeline?kinds=case")
            .json()
            .get("items");

    List<String> titles = new java.util.ArrayList<>();
    entries.forEach(
        e -> {
          titles.add(e.get("title").asString());
          assertThat(e.get("url").asString()).isEqualTo("/cases/" + id);
          assertThat(e.get("summary").asString()).isEqualTo("Heating broken");
        });
    assertThat(titles)
        .containsExactly(
            "Case " + code + " escalated to Staff Boss (level 1)",
            "Case " + code + ": In progress → Resolved",
            "Case " + code + ": New → In progress",
            "Case " + code + " opened");
  }

  private static PageClient.Page move(PageClient page, UUID id, String to, String resolution) {
    Document detail = page.get("/cases/" + id).document();
    Map<String, String> fields = new HashMap<>();
    fields.put("to", to);
    fields.put("version", detail.select("#case-actions input[name=version]").val());
    if (detail.select("#resolve-form input[name=version]").size() > 0) {
      fields.put("version", detail.select("#resolve-form input[name=version]").val());
    }
    if (resolution != null) {
      fields.put("resolution", resolution);
    }
    return page.post("/cases/" + id + "/status", fields);
  }

  private static List<String> subjects(Document page) {
    return page.select(".case-row .case-subject").eachText();
  }
}
