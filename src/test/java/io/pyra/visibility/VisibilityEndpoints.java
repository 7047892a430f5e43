package io.pyra.visibility;

import static io.pyra.visibility.Endpoint.apiGet;
import static io.pyra.visibility.Endpoint.create;
import static io.pyra.visibility.Endpoint.listed;
import static io.pyra.visibility.Endpoint.page;
import static io.pyra.visibility.Endpoint.record;
import static io.pyra.visibility.Endpoint.silent;

import io.pyra.testing.ApiClient;
import io.pyra.visibility.Endpoint.Answer;
import io.pyra.visibility.Endpoint.Cell;
import io.pyra.visibility.VisibilityWorld.Target;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry of the visibility matrix: every endpoint and page that reads or writes a
 * customer-linked record. A module that adds one adds a row here (see {@link Endpoint} for the
 * kinds and what each must show); the matrix then checks it for every shipped role and target.
 */
final class VisibilityEndpoints {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The last two month ends, as a migration's query. */
  private static final String MONTHS =
      "?from="
          + java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(2)
          + "&to="
          + java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1);

  private VisibilityEndpoints() {}

  static List<Endpoint> all() {
    return List.of(
        // customer module: API
        record(
            "GET /api/v1/customers/{id}",
            "customer.read",
            200,
            Target::name,
            apiGet(c -> "/api/v1/customers/" + c.t().id())),
        record(
            "GET /api/v1/customers/{code}",
            "customer.read",
            200,
            Target::name,
            apiGet(c -> "/api/v1/customers/" + c.t().code())),
        listed(
            "GET /api/v1/customers?q=name",
            "customer.read",
            Target::code,
            apiGet(c -> "/api/v1/customers?q=" + enc(c.t().name()))),
        listed(
            "GET /api/v1/customers?q=phone",
            "customer.read",
            Target::code,
            apiGet(c -> "/api/v1/customers?q=" + c.t().phone())),
        // the value tier filter: customers both customer.read and value.read reach (422 without
        // value.read)
        silent(
            "GET /api/v1/customers?q=name&tier=LOW",
            apiGet(c -> "/api/v1/customers?tier=LOW&q=" + enc(c.t().name()))),
        silent("GET /customers?tier=LOW", page(c -> "/customers?tier=LOW&q=" + enc(c.t().name()))),
        // the grade and RFM segment filters and the orders by value: the same rule (422 without
        // value.read; an order by value lists every customer customer.read reaches, ranking only
        // those whose value.read reaches them)
        silent(
            "GET /api/v1/customers?q=name&grade=C",
            apiGet(c -> "/api/v1/customers?grade=C&q=" + enc(c.t().name()))),
        silent(
            "GET /api/v1/customers?q=name&segment=HIBERNATING",
            apiGet(c -> "/api/v1/customers?segment=HIBERNATING&q=" + enc(c.t().name()))),
        listed(
            "GET /api/v1/customers?q=name&sort=tier",
            "customer.read,granted:value.read",
            Target::code,
            apiGet(c -> "/api/v1/customers?sort=tier&q=" + enc(c.t().name()))),
        listed(
            "GET /api/v1/customers?q=name&sort=-grade",
            "customer.read,granted:value.read",
            Target::code,
            apiGet(c -> "/api/v1/customers?sort=-grade&q=" + enc(c.t().name()))),
        silent(
            "GET /customers?grade=C&segment=HIBERNATING&sort=tier",
            page(c -> "/customers?grade=C&segment=HIBERNATING&sort=tier&q=" + enc(c.t().name()))),
        silent(
            "GET /api/v1/customers/export?format=csv&sort=grade&grade=C",
            apiGet(
                c ->
                    "/api/v1/customers/export?format=csv&sort=grade&grade=C&q="
                        + enc(c.t().name()))),
        listed(
            "GET /api/v1/customers/lookup?phone",
            "customer.read",
            Target::code,
            apiGet(c -> "/api/v1/customers/lookup?phone=" + c.t().phone())),
        listed(
            "GET /api/v1/customers/lookup?phone (name; outOfScope names the branch only)",
            "customer.read",
            Target::name,
            apiGet(c -> "/api/v1/customers/lookup?phone=" + c.t().phone())),
        listed(
            "GET /api/v1/customers/lookup?email (a contact's)",
            "customer.read",
            Target::code,
            apiGet(c -> "/api/v1/customers/lookup?email=" + enc(c.t().contactEmail()))),
        listed(
            "GET /api/v1/customers/export?format=csv",
            "customer.export",
            Target::code,
            apiGet(c -> "/api/v1/customers/export?format=csv&q=" + enc(c.t().name()))),
        record(
            "GET /api/v1/customers/{id}/vcard",
            "customer.read",
            200,
            Target::name,
            apiGet(c -> "/api/v1/customers/" + c.t().id() + "/vcard")),
        listed(
            "GET /api/v1/customers/export.vcf?ids",
            "customer.export",
            Target::name,
            apiGet(c -> "/api/v1/customers/export.vcf?ids=" + c.t().id())),
        record(
            "GET /api/v1/customers/{id}/contacts",
            "customer.read",
            200,
            Target::contactName,
            apiGet(c -> "/api/v1/customers/" + c.t().id() + "/contacts")),
        listed(
            "POST /api/v1/customers (same phone: duplicate warning)",
            "customer.create,customer.read",
            Target::code,
            c ->
                post(
                    c,
                    "/api/v1/customers",
                    Map.of(
                        "kind",
                        "PERSON",
                        "name",
                        "Probe " + UUID.randomUUID(),
                        "phones",
                        List.of(Map.of("number", c.t().phone()))))),
        listed(
            "POST /api/v1/customers (same e-mail: duplicate warning)",
            "customer.create,customer.read",
            Target::code,
            c ->
                post(
                    c,
                    "/api/v1/customers",
                    Map.of(
                        "kind",
                        "PERSON",
                        "name",
                        "Probe " + UUID.randomUUID(),
                        "emails",
                        List.of(Map.of("address", c.t().email()))))),
        record(
            "PATCH /api/v1/customers/{id} (stale)",
            "customer.update",
            412,
            c -> send(c, "PATCH", "/api/v1/customers/" + c.t().id(), Map.of("name", "Changed"))),
        record(
            "DELETE /api/v1/customers/{id} (stale)",
            "customer.delete",
            412,
            c -> send(c, "DELETE", "/api/v1/customers/" + c.t().id(), null)),
        record(
            "POST /api/v1/customers/{id}/merge (stale)",
            "customer.merge",
            412,
            c ->
                send(
                    c,
                    "POST",
                    "/api/v1/customers/" + c.t().id() + "/merge",
                    Map.of("mergedId", c.t().spareId()))),
        record(
            "POST /api/v1/customers/{other}/merge (stale; merging the customer away)",
            "customer.merge",
            412,
            c ->
                send(
                    c,
                    "POST",
                    "/api/v1/customers/" + c.t().spareId() + "/merge",
                    Map.of("mergedId", c.t().id()))),
        record(
            "POST /api/v1/customers/{id}/contacts",
            "customer.update",
            201,
            c ->
                post(
                    c,
                    "/api/v1/customers/" + c.t().id() + "/contacts",
                    Map.of("name", "Probe contact"))),
        record(
            "PATCH /api/v1/customers/{id}/contacts/{id} (stale)",
            "customer.update",
            412,
            c ->
                send(
                    c,
                    "PATCH",
                    "/api/v1/customers/" + c.t().id() + "/contacts/" + c.t().contactId(),
                    Map.of("title", "Changed"))),

        // interaction module: API
        record(
            "GET /api/v1/customers/{id}/timeline",
            "customer.read",
            200,
            Target::subject,
            apiGet(c -> "/api/v1/customers/" + c.t().id() + "/timeline")),
        record(
            "GET /api/v1/interactions/{id}",
            "customer.read",
            200,
            Target::subject,
            apiGet(c -> "/api/v1/interactions/" + c.t().recordId())),
        listed(
            "GET /api/v1/interactions?customerId",
            "customer.read",
            Target::subject,
            apiGet(c -> "/api/v1/interactions?customerId=" + c.t().id())),
        create(
            "POST /api/v1/interactions",
            "interaction.create,customer.read",
            c ->
                post(
                    c,
                    "/api/v1/interactions",
                    Map.of(
                        "customerId",
                        c.t().id(),
                        "type",
                        "CONSULTATION",
                        "channel",
                        "PHONE",
                        "direction",
                        "INBOUND",
                        "subject",
                        "Probe call",
                        "occurredAt",
                        Instant.now()
                            .minus(Duration.ofDays(3))
                            .truncatedTo(ChronoUnit.SECONDS)
                            .toString()))),
        record(
            "GET /api/v1/tasks/{id}",
            "customer.read",
            200,
            Target::taskTitle,
            apiGet(c -> "/api/v1/tasks/" + c.t().taskId())),
        listed(
            "GET /api/v1/tasks?customerId",
            "customer.read",
            Target::taskTitle,
            apiGet(c -> "/api/v1/tasks?customerId=" + c.t().id())),
        create(
            "POST /api/v1/tasks (for the customer)",
            "customer.read",
            c ->
                post(
                    c,
                    "/api/v1/tasks",
                    Map.of(
                        "title",
                        "Probe task",
                        "type",
                        "CALL_BACK",
                        "customerId",
                        c.t().id(),
                        "dueAt",
                        Instant.now()
                            .plus(Duration.ofDays(5))
                            .truncatedTo(ChronoUnit.SECONDS)
                            .toString()))),
        record(
            "GET /api/v1/jobs/{id}",
            "customer.read",
            200,
            Target::jobName,
            apiGet(c -> "/api/v1/jobs/" + c.t().jobId())),
        listed(
            "GET /api/v1/jobs?customerId",
            "customer.read",
            Target::jobName,
            apiGet(c -> "/api/v1/jobs?customerId=" + c.t().id())),
        listed(
            "GET /api/v1/jobs?q",
            "customer.read",
            Target::jobId,
            apiGet(c -> "/api/v1/jobs?q=" + enc(c.t().jobName()))),
        create(
            "POST /api/v1/jobs",
            "job.manage,customer.read",
            c ->
                post(
                    c,
                    "/api/v1/jobs",
                    Map.of(
                        "customerId",
                        c.t().id(),
                        "name",
                        "Probe job",
                        "country",
                        "HK",
                        "office",
                        "Central",
                        "serviceCategory",
                        "CONSULTING"))),
        record(
            "PATCH /api/v1/jobs/{id} (stale)",
            "job.manage",
            412,
            c -> send(c, "PATCH", "/api/v1/jobs/" + c.t().jobId(), Map.of("office", "Changed"))),
        silent("GET /api/v1/reports/contacts", apiGet(c -> "/api/v1/reports/contacts")),
        silent(
            "GET /api/v1/customers (newest first)",
            apiGet(c -> "/api/v1/customers?sort=-created&limit=200")),
        silent(
            "GET /api/v1/interactions (newest first)",
            apiGet(c -> "/api/v1/interactions?limit=200")),
        silent("GET /api/v1/tasks", apiGet(c -> "/api/v1/tasks?limit=200")),
        silent("GET /api/v1/jobs (newest first)", apiGet(c -> "/api/v1/jobs?limit=200")),
        silent("GET /api/v1/notifications", apiGet(c -> "/api/v1/notifications")),

        // platform: audit
        listed(
            "GET /api/v1/audit?recordId",
            "audit.read",
            Target::code,
            apiGet(c -> "/api/v1/audit?recordId=" + c.t().id())),
        silent("GET /api/v1/audit (newest first)", apiGet(c -> "/api/v1/audit?limit=200")),

        // integration module
        listed(
            "POST /api/v1/imports (dry run of a row with the customer's phone)",
            "customer.import",
            Target::name,
            VisibilityEndpoints::importDryRun),

        // pages
        record(
            "GET /customers/{id}",
            "customer.read",
            200,
            Target::name,
            page(c -> "/customers/" + c.t().id())),
        record(
            "GET /customers/{code}",
            "customer.read",
            200,
            Target::name,
            page(c -> "/customers/" + c.t().code())),
        listed(
            "GET /customers?q",
            "customer.read",
            Target::id,
            page(c -> "/customers?q=" + enc(c.t().name()))),
        listed(
            "GET /search?q",
            "customer.read",
            Target::id,
            page(c -> "/search?q=" + enc(c.t().name()))),
        listed(
            "GET /search/suggest?q",
            "customer.read",
            Target::id,
            page(c -> "/search/suggest?q=" + enc(c.t().name()))),
        listed(
            "GET /lookup?phone",
            "customer.read",
            Target::name,
            page(c -> "/lookup?phone=" + c.t().phone())),
        // the known caller names the branch of a customer the user may not open, nothing else
        listed(
            "GET /lookup?phone (code)",
            "customer.read",
            Target::code,
            page(c -> "/lookup?phone=" + c.t().phone())),
        listed(
            "GET /lookup?email (a contact's)",
            "customer.read",
            Target::name,
            page(c -> "/lookup?email=" + enc(c.t().contactEmail()))),
        listed(
            "GET /customers/export?format=csv",
            "customer.export",
            Target::code,
            page(c -> "/customers/export?format=csv&q=" + enc(c.t().name()))),
        listed(
            "POST /customers (same phone: duplicate warning)",
            "customer.create,customer.read",
            Target::code,
            VisibilityEndpoints::formDuplicate),
        record(
            "GET /customers/{id}/edit",
            "customer.update",
            200,
            Target::name,
            page(c -> "/customers/" + c.t().id() + "/edit")),
        record(
            "GET /customers/{id}/merge",
            "customer.merge",
            200,
            Target::name,
            page(c -> "/customers/" + c.t().id() + "/merge?mergedId=" + c.t().spareId())),
        record(
            "GET /customers/{other}/merge?mergedId={id}",
            "customer.merge",
            200,
            Target::name,
            page(c -> "/customers/" + c.t().spareId() + "/merge?mergedId=" + c.t().id())),
        record(
            "GET /customers/{id}/contacts/{id}/edit",
            "customer.update",
            200,
            Target::contactName,
            page(c -> "/customers/" + c.t().id() + "/contacts/" + c.t().contactId() + "/edit")),
        record(
            "GET /customers/{id}/timeline",
            "customer.read",
            200,
            Target::subject,
            page(c -> "/customers/" + c.t().id() + "/timeline")),
        record(
            "GET /customers/{id}/interactions/panel",
            "customer.read",
            200,
            Target::subject,
            page(c -> "/customers/" + c.t().id() + "/interactions/panel")),
        record(
            "GET /customers/{id}/tasks",
            "customer.read",
            200,
            Target::taskTitle,
            page(c -> "/customers/" + c.t().id() + "/tasks")),
        record(
            "GET /customers/{id}/jobs/panel",
            "customer.read",
            200,
            Target::jobName,
            page(c -> "/customers/" + c.t().id() + "/jobs/panel")),
        record(
            "GET /customers/{id}/interactions/new",
            "interaction.create,customer.read",
            200,
            Target::name,
            page(c -> "/customers/" + c.t().id() + "/interactions/new")),
        record(
            "GET /customers/{id}/call-log",
            "interaction.create,customer.read",
            200,
            Target::id,
            page(c -> "/customers/" + c.t().id() + "/call-log")),
        record(
            "GET /customers/{id}/jobs/new",
            "job.manage",
            200,
            Target::name,
            page(c -> "/customers/" + c.t().id() + "/jobs/new")),
        record(
            "GET /interactions/{id}",
            "customer.read",
            200,
            Target::subject,
            page(c -> "/interactions/" + c.t().recordId())),
        listed(
            "GET /interactions?customer",
            "customer.read",
            Target::subject,
            page(c -> "/interactions?customer=" + c.t().id())),
        record(
            "GET /tasks/{id}",
            "customer.read",
            200,
            Target::taskTitle,
            page(c -> "/tasks/" + c.t().taskId())),
        listed(
            "GET /tasks/new?customerId",
            "customer.read",
            Target::name,
            page(c -> "/tasks/new?customerId=" + c.t().id())),
        listed(
            "GET /tasks/new?recordId",
            "customer.read",
            Target::subject,
            page(c -> "/tasks/new?recordId=" + c.t().recordId())),
        record(
            "GET /jobs/{id}",
            "customer.read",
            200,
            Target::jobName,
            page(c -> "/jobs/" + c.t().jobId())),
        record(
            "GET /jobs/{id}/edit",
            "job.manage",
            200,
            Target::jobName,
            page(c -> "/jobs/" + c.t().jobId() + "/edit")),
        listed(
            "GET /jobs?q",
            "customer.read",
            Target::jobId,
            page(c -> "/jobs?q=" + enc(c.t().jobName()))),
        silent(
            "GET /supervision/people/{owner}/customers (quiet customers)",
            page(c -> "/supervision/people/" + c.t().ownerId() + "/customers")),
        listed(
            "GET /admin/audit?recordId",
            "audit.read",
            Target::code,
            page(c -> "/admin/audit?recordId=" + c.t().id())),
        silent("GET /reports/contacts", page(c -> "/reports/contacts")),
        silent("GET /supervision", page(c -> "/supervision")),
        silent(
            "GET /supervision/people/{owner}/records",
            page(c -> "/supervision/people/" + c.t().ownerId() + "/records")),
        silent(
            "GET /supervision/people/{owner}/tasks",
            page(c -> "/supervision/people/" + c.t().ownerId() + "/tasks")),
        silent("GET / (my day)", page(c -> "/")),
        silent("GET /customers", page(c -> "/customers")),
        silent("GET /interactions", page(c -> "/interactions")),
        silent("GET /tasks", page(c -> "/tasks")),
        silent("GET /jobs", page(c -> "/jobs")),
        silent("GET /notifications", page(c -> "/notifications")),
        // sales module: an order's payments, refunds and schedule, the customer's sales panel
        record(
            "GET /api/v1/orders/{id}/payments",
            "order.read",
            200,
            apiGet(c -> "/api/v1/orders/" + order(c) + "/payments")),
        record(
            "GET /api/v1/orders/{id}/refunds",
            "order.read",
            200,
            apiGet(c -> "/api/v1/orders/" + order(c) + "/refunds")),
        record(
            "GET /api/v1/orders/{id}/instalments",
            "order.read",
            200,
            apiGet(c -> "/api/v1/orders/" + order(c) + "/instalments")),
        create(
            "POST /api/v1/orders/{id}/payments",
            "order.read,payment.write",
            c ->
                post(
                    c,
                    "/api/v1/orders/" + order(c) + "/payments",
                    Map.of("amount", "0.01", "method", "CASH"))),
        record(
            "POST /api/v1/orders/{id}/refunds (nothing paid: refused by the rule where reached)",
            "order.read,payment.write",
            422,
            c ->
                post(
                    c,
                    "/api/v1/orders/" + order(c) + "/refunds",
                    Map.of("amount", "1000", "reason", "Probe"))),
        record(
            "GET /orders/{id}/payments (fragment)",
            "order.read",
            200,
            page(c -> "/orders/" + order(c) + "/payments")),
        silent(
            "GET /customers/{id}/sales (panel)", page(c -> "/customers/" + c.t().id() + "/sales")),
        // sales: opportunities
        OpportunityEndpoints.read(),
        OpportunityEndpoints.listed(),
        OpportunityEndpoints.move(),
        OpportunityEndpoints.page(),
        OpportunityEndpoints.listPage(),
        OpportunityEndpoints.board(),
        // support: a complaint's seven steps (a case's assignee and team decide)
        ComplaintEndpoints.read(),
        ComplaintEndpoints.panel(),
        ComplaintEndpoints.rootCause(),
        // sales: orders and contracts (an order's own owner and org unit decide; see OrderApiTests)
        silent("GET /api/v1/orders", apiGet(c -> "/api/v1/orders?limit=200")),
        silent(
            "GET /api/v1/orders?customerId",
            apiGet(c -> "/api/v1/orders?limit=200&customerId=" + c.t().id())),
        silent("GET /orders", page(c -> "/orders")),
        silent("GET /orders?customerId", page(c -> "/orders?customerId=" + c.t().id())),
        // a new order belongs to its writer: order.write at any scope and a customer they may read
        create(
            "POST /api/v1/orders (for the customer)",
            "granted:order.write,customer.read",
            c ->
                post(
                    c,
                    "/api/v1/orders",
                    Map.of(
                        "customerId",
                        c.t().id(),
                        "currency",
                        "CNY",
                        "orderedAt",
                        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                        "lines",
                        List.of(
                            Map.of(
                                "description",
                                "Probe course",
                                "quantity",
                                "1",
                                "unitPrice",
                                "100"))))),
        // customer value: counts and sums over the customers value.read reaches, no names
        silent(
            "GET /api/v1/analytics/pyramid",
            apiGet(c -> "/api/v1/analytics/pyramid?scheme=REVENUE_SHARES")),
        silent(
            "GET /api/v1/analytics/pyramid/customers?tier=LOW",
            apiGet(c -> "/api/v1/analytics/pyramid/customers?tier=LOW&limit=500")),
        silent("GET /api/v1/analytics/rfm", apiGet(c -> "/api/v1/analytics/rfm")),
        silent(
            "GET /api/v1/analytics/pyramid/pareto",
            apiGet(c -> "/api/v1/analytics/pyramid/pareto?scheme=REVENUE_SHARES&step=1")),
        silent("GET /analytics/pyramid", page(c -> "/analytics/pyramid")),
        silent(
            "GET /analytics/audience/org-units?audienceOrgUnit=a",
            page(c -> "/analytics/audience/org-units?audienceOrgUnit=a")),
        silent(
            "GET /analytics/pyramid/customers?tier=LOW",
            page(c -> "/analytics/pyramid/customers?tier=LOW")),
        silent(
            "GET /analytics/pyramid/customers/export?tier=LOW",
            page(c -> "/analytics/pyramid/customers/export?tier=LOW")),
        silent(
            "GET /api/v1/analytics/rfm?customer (the customer's code)",
            apiGet(c -> "/api/v1/analytics/rfm?customer=" + c.t().code())),
        silent(
            "GET /api/v1/analytics/migration", apiGet(c -> "/api/v1/analytics/migration" + MONTHS)),
        silent(
            "GET /api/v1/analytics/migration/customers?fromTier=NEW&toTier=LOW",
            apiGet(
                c ->
                    "/api/v1/analytics/migration/customers"
                        + MONTHS
                        + "&fromTier=NEW&toTier=LOW&limit=500")),
        silent(
            "GET /api/v1/analytics/tier-path?customer (the customer's code)",
            apiGet(c -> "/api/v1/analytics/tier-path?customer=" + c.t().code())),
        silent("GET /api/v1/analytics/snapshots", apiGet(c -> "/api/v1/analytics/snapshots")),
        silent(
            "GET /api/v1/analytics/rfm/customers",
            apiGet(c -> "/api/v1/analytics/rfm/customers?limit=500")),
        silent("GET /api/v1/analytics/rfm-segments", apiGet(c -> "/api/v1/analytics/rfm-segments")),
        silent("GET /analytics/migration", page(c -> "/analytics/migration")),
        silent(
            "GET /analytics/migration/customers?fromTier=NEW&toTier=LOW",
            page(c -> "/analytics/migration/customers?fromTier=NEW&toTier=LOW")),
        silent("GET /customers/{id}/value", page(c -> "/customers/" + c.t().id() + "/value")),
        silent("GET /api/v1/analytics/accounting", apiGet(c -> "/api/v1/analytics/accounting")),
        silent(
            "GET /api/v1/analytics/accounting/customers",
            apiGet(c -> "/api/v1/analytics/accounting/customers?limit=500")),
        silent("GET /api/v1/analytics/allocation", apiGet(c -> "/api/v1/analytics/allocation")),
        silent("GET /analytics/accounting", page(c -> "/analytics/accounting")),
        silent("GET /analytics/allocation", page(c -> "/analytics/allocation")),
        // follow-up rules per tier and grade: company settings that name no customer
        silent("GET /api/v1/follow-up-rules", apiGet(c -> "/api/v1/follow-up-rules")),
        silent("GET /follow-up-rules", page(c -> "/follow-up-rules")),
        // SLA policies and the case taxonomies: support settings that name no customer
        silent("GET /api/v1/sla-policies", apiGet(c -> "/api/v1/sla-policies")),
        silent("GET /api/v1/sla-settings", apiGet(c -> "/api/v1/sla-settings")),
        silent("GET /sla-policies", page(c -> "/sla-policies")),
        silent(
            "GET /api/v1/support/case-categories", apiGet(c -> "/api/v1/support/case-categories")),
        silent("GET /api/v1/support/root-causes", apiGet(c -> "/api/v1/support/root-causes")),
        silent("GET /support/case-categories", page(c -> "/support/case-categories")),
        silent("GET /support/root-causes", page(c -> "/support/root-causes")),
        // business calendars (issue 15): support configuration that names no customer
        silent("GET /api/v1/business-calendars", apiGet(c -> "/api/v1/business-calendars")),
        silent("GET /business-calendars", page(c -> "/business-calendars")),
        // scheduling's calendars: imports, feeds (no customer data)
        silent("GET /scheduling/imports", page(c -> "/scheduling/imports")),
        silent("GET /scheduling/feeds", page(c -> "/scheduling/feeds")),
        silent("GET /api/v1/scheduling/feeds", apiGet(c -> "/api/v1/scheduling/feeds")),
        // scheduling's hand-off to another scheduling system (no customer data)
        silent("GET /scheduling/handoff", page(c -> "/scheduling/handoff")),
        silent(
            "GET /api/v1/scheduling/handoff-targets",
            apiGet(c -> "/api/v1/scheduling/handoff-targets")),
        // ABC grades: the report names customers the caller's value.read and customer.read reach
        silent("GET /api/v1/analytics/grades", apiGet(c -> "/api/v1/analytics/grades?limit=500")),
        silent("GET /analytics/grades", page(c -> "/analytics/grades")),
        record(
            "PUT /api/v1/customers/{id}/grade-override",
            "value.manage,customer.read",
            200,
            c -> {
              String path = "/api/v1/customers/" + c.t().id() + "/grade-override";
              String json =
                  JSON.writeValueAsString(Map.of("grade", "B", "reason", "Visibility probe"));
              return Answer.of(path + " " + json, c.api().put(path, json, null));
            }),
        // the growth prospect: the customer's owner, or value.manage, enters it (customer.read too)
        record(
            "PUT /api/v1/customers/{id}/growth-prospect",
            "customer.read,owner|value.manage",
            200,
            c -> {
              String path = "/api/v1/customers/" + c.t().id() + "/growth-prospect";
              String json = JSON.writeValueAsString(Map.of("prospect", 40));
              return Answer.of(path + " " + json, c.api().put(path, json, null));
            }),
        record(
            "GET /analytics/grades/override/{id}",
            "value.manage,customer.read",
            200,
            page(c -> "/analytics/grades/override/" + c.t().id())),
        // sales analysis
        silent(
            "GET /api/v1/sales/summary?groupBy=owner",
            apiGet(c -> "/api/v1/sales/summary?groupBy=owner")),
        silent(
            "GET /api/v1/sales/summary?groupBy=country",
            apiGet(c -> "/api/v1/sales/summary?groupBy=country")),
        silent("GET /api/v1/sales/comparison", apiGet(c -> "/api/v1/sales/comparison")),
        silent("GET /api/v1/sales/composition", apiGet(c -> "/api/v1/sales/composition")),
        silent("GET /api/v1/sales/lost-deals", apiGet(c -> "/api/v1/sales/lost-deals")),
        silent("GET /api/v1/sales/win-rate", apiGet(c -> "/api/v1/sales/win-rate")),
        silent("GET /api/v1/sales/forecast", apiGet(c -> "/api/v1/sales/forecast")),
        silent("GET /sales/analysis", page(c -> "/sales/analysis")),
        silent(
            "GET /sales/analysis?analysis=lost-deals",
            page(c -> "/sales/analysis?analysis=lost-deals")),
        // the knowledge base (issue 15): articles name no customer; searching for a customer's
        // name must not bring up another record of theirs
        silent(
            "GET /api/v1/knowledge/articles?q=name",
            apiGet(c -> "/api/v1/knowledge/articles?q=" + enc(c.t().name()))),
        silent(
            "GET /api/v1/knowledge/suggestions?text=name",
            apiGet(c -> "/api/v1/knowledge/suggestions?text=" + enc(c.t().name()))),
        silent("GET /api/v1/knowledge/categories", apiGet(c -> "/api/v1/knowledge/categories")),
        silent("GET /knowledge?q=name", page(c -> "/knowledge?q=" + enc(c.t().name()))),
        silent(
            "GET /knowledge/suggestions?subject=name",
            page(c -> "/knowledge/suggestions?subject=" + enc(c.t().name()))),
        silent("GET /knowledge/categories", page(c -> "/knowledge/categories")),
        // support: cases (a case's own assignee and team decide; see CaseEndpoints)
        CaseEndpoints.listed(),
        CaseEndpoints.read(),
        CaseEndpoints.create(),
        CaseEndpoints.update(),
        CaseEndpoints.transition(),
        CaseEndpoints.page(),
        CaseEndpoints.listPage(),
        CaseEndpoints.newForm(),
        CaseEndpoints.editForm(),
        CaseEndpoints.articles(),
        CaseEndpoints.articlesPanel(),
        CaseEndpoints.attachments(),
        CaseEndpoints.attachmentsPanel(),
        CaseEndpoints.customerPanel(),
        CaseEndpoints.timeline(),
        // marketing: campaigns (a campaign's own owner and org unit decide; see CampaignEndpoints)
        CampaignEndpoints.read(),
        CampaignEndpoints.listed(),
        CampaignEndpoints.update(),
        CampaignEndpoints.status(),
        CampaignEndpoints.costs(),
        CampaignEndpoints.addCost(),
        CampaignEndpoints.removeCost(),
        CampaignEndpoints.page(),
        CampaignEndpoints.listPage(),
        CampaignEndpoints.editForm(),
        // scheduling: resources (their centre decides; see ResourceEndpoints)
        ResourceEndpoints.read(),
        ResourceEndpoints.listed(),
        ResourceEndpoints.hours(),
        ResourceEndpoints.update(),
        ResourceEndpoints.page(),
        ResourceEndpoints.listPage(),
        ResourceEndpoints.editForm(),
        // scheduling reports: the target's centre (see SchedulingReportEndpoints)
        SchedulingReportEndpoints.occupancy(),
        SchedulingReportEndpoints.instructorUtilisation(),
        SchedulingReportEndpoints.fillRate(),
        SchedulingReportEndpoints.classRevenue(),
        SchedulingReportEndpoints.page(),
        SchedulingReportEndpoints.file(),
        // marketing: the funnel and the centres' figures count leads and appointments (no customer
        // text), within lead.read and appointment.read
        silent(
            "GET /api/v1/marketing/funnel?groupBy=agent",
            apiGet(c -> "/api/v1/marketing/funnel?groupBy=agent")),
        silent(
            "GET /api/v1/marketing/funnel?groupBy=consultant",
            apiGet(c -> "/api/v1/marketing/funnel?groupBy=consultant")),
        silent(
            "GET /api/v1/marketing/centre-figures",
            apiGet(c -> "/api/v1/marketing/centre-figures")),
        silent("GET /marketing/funnel", page(c -> "/marketing/funnel?groupBy=centre")),
        silent(
            "GET /marketing/funnel/export",
            page(c -> "/marketing/funnel/export?format=csv&groupBy=campaign")),
        // marketing: audiences and mailings (their own owner and org unit; see MailingEndpoints)
        MailingEndpoints.audience(),
        MailingEndpoints.updateAudience(),
        MailingEndpoints.audienceForm(),
        MailingEndpoints.mailing(),
        MailingEndpoints.recipients(),
        MailingEndpoints.mailingPage(),
        MailingEndpoints.updateMailing(),
        MailingEndpoints.mailingForm(),
        // marketing: the booking form's visitor picker names only the customers customer.read
        // reaches
        listed(
            "GET /appointments/new/visitors?q=name",
            "appointment.write,customer.read",
            Target::code,
            page(c -> "/appointments/new/visitors?q=" + enc(c.t().name()))),
        listed(
            "GET /appointments/new/visitor?customerId=",
            "appointment.write,customer.read",
            Target::name,
            page(c -> "/appointments/new/visitor?customerId=" + c.t().id())),
        // marketing: appointments (booked by the target's owner at its unit; see
        // AppointmentEndpoints)
        AppointmentEndpoints.read(),
        AppointmentEndpoints.listed(),
        AppointmentEndpoints.page(),
        // scheduling: bookings (booked by the target's owner at its unit; see BookingEndpoints)
        BookingEndpoints.read(),
        BookingEndpoints.listed(),
        BookingEndpoints.calendar(),
        BookingEndpoints.calendarPage(),
        silent("GET /calendar", page(c -> "/calendar")),
        BookingEndpoints.page(),
        // scheduling: class sessions with the target enrolled (see SessionEndpoints)
        SessionEndpoints.read(),
        SessionEndpoints.listed(),
        SessionEndpoints.enrolments(),
        SessionEndpoints.page(),
        SessionEndpoints.learning(),
        SessionEndpoints.learningPanel(),
        listed(
            "GET /sessions/customer-options?customerCode=name",
            "granted:session.write,customer.read",
            Target::code,
            page(c -> "/sessions/customer-options?customerCode=" + enc(c.t().name()))),
        // scheduling: set-up requests (given to the target's owner at its unit; see SetupEndpoints)
        SetupEndpoints.read(),
        SetupEndpoints.listed(),
        SetupEndpoints.page(),
        // marketing: leads (a lead's own owner and org unit decide; see LeadEndpoints)
        LeadEndpoints.read(),
        LeadEndpoints.listed(),
        LeadEndpoints.update(),
        LeadEndpoints.status(),
        LeadEndpoints.page(),
        LeadEndpoints.listPage(),
        LeadEndpoints.editForm(),
        // service reports: the delay report lists late cases (assignee and team like the target's
        // owner and org unit, named only where customer.read reaches); the others count
        listed(
            "GET /api/v1/support/reports/delays",
            "case.read",
            VisibilityEndpoints::lateCaseCode,
            apiGet(c -> lateCase(c, "/api/v1/support/reports/delays?groupBy=branch"))),
        listed(
            "GET /support/reports/delays",
            "case.read",
            VisibilityEndpoints::lateCaseCode,
            page(c -> lateCase(c, "/support/reports/delays?groupBy=assignee"))),
        listed(
            "GET /support/reports/delays/export",
            "case.read",
            VisibilityEndpoints::lateCaseCode,
            page(c -> lateCase(c, "/support/reports/delays/export?type=all"))),
        silent(
            "GET /api/v1/support/reports/sla-compliance?groupBy=team",
            apiGet(c -> "/api/v1/support/reports/sla-compliance?groupBy=team")),
        silent(
            "GET /api/v1/support/reports/complaints",
            apiGet(c -> "/api/v1/support/reports/complaints")),
        silent(
            "GET /api/v1/support/reports/root-causes",
            apiGet(c -> "/api/v1/support/reports/root-causes")),
        silent("GET /api/v1/support/reports/times", apiGet(c -> "/api/v1/support/reports/times")),
        silent(
            "GET /api/v1/support/reports/satisfaction",
            apiGet(c -> "/api/v1/support/reports/satisfaction")),
        silent("GET /support/reports/sla", page(c -> "/support/reports/sla?groupBy=category")),
        silent("GET /support/reports/root-causes", page(c -> "/support/reports/root-causes")));
  }

  private static final Map<String, UUID> LATE_CASES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The code of the target's late case (see {@link #lateCase}). */
  private static String lateCaseCode(Target target) {
    return "VL-" + target.id().substring(24).toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * An open complaint of the target's customer, assigned to its owner in its org unit, late since
   * 2000 (first on every delay report), inserted with SQL once per target; then {@code path}.
   */
  private static String lateCase(Cell cell, String path) {
    LATE_CASES.computeIfAbsent(
        cell.t().id(),
        customer -> {
          UUID id = io.pyra.platform.Ids.newId();
          var due = io.pyra.platform.SqlTime.utc(Instant.parse("2000-01-01T00:00:00Z"));
          cell.world()
              .jdbc()
              .sql(
                  """
                  insert into support_case (id, code, customer_id, type, severity, channel, subject, assignee_id,
                    org_unit_id, status, grade, priority, response_target_s, resolution_target_s,
                    first_response_warn_at, first_response_due_at, resolution_warn_at, resolution_due_at,
                    created_by, created_at, updated_at, version)
                  values (:id, :code, :customer, 'COMPLAINT', 'SERIOUS', 'PHONE', 'Probe', :owner, :unit, 'NEW',
                    'C', 5, 14400, 129600, :due, :due, :due, :due, :owner, :due, :due, 0)""")
              .param("id", id)
              .param("code", lateCaseCode(cell.t()))
              .param("customer", UUID.fromString(customer))
              .param("owner", cell.t().ownerId())
              .param("unit", cell.t().orgUnitId())
              .param("due", due)
              .update();
          return id;
        });
    return path;
  }

  private static final Map<String, UUID> ORDERS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A signed order of the target's customer, owned like the customer, inserted with SQL once per
   * target (the sales tests write orders so while the order aggregate is built elsewhere).
   */
  private static UUID order(Cell cell) {
    return ORDERS.computeIfAbsent(
        cell.t().id(),
        customer -> {
          UUID id = io.pyra.platform.Ids.newId();
          var now = io.pyra.platform.SqlTime.utc(Instant.now());
          cell.world()
              .jdbc()
              .sql(
                  """
                  insert into sales_order (id, number, kind, status, customer_id, owner_id, org_unit_id, ordered_at,
                    order_day, currency, exchange_rate, amount, cost, amount_base, cost_base, paid, refunded,
                    line_count, version, created_at, updated_at)
                  values (:id, :number, 'ORDER', 'SIGNED', :customer, :owner, :unit, :at, :day, 'CNY', 1, 100, 0, 100,
                    0, 0, 0, 1, 0, :at, :at)""")
              .param("id", id)
              .param("number", "VM-" + id.toString().substring(24))
              .param("customer", UUID.fromString(customer))
              .param("owner", cell.t().ownerId())
              .param("unit", cell.t().orgUnitId())
              .param("at", now)
              .param("day", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")))
              .update();
          return id;
        });
  }

  private static Answer post(Cell cell, String path, Map<String, Object> body) {
    String json = JSON.writeValueAsString(body);
    return Answer.of(path + " " + json, cell.api().post(path, json));
  }

  /**
   * A write with a version that is not the record's: it gets as far as the version check only if
   * allowed.
   */
  private static Answer send(Cell cell, String method, String path, Map<String, Object> body) {
    String json = body == null ? "" : JSON.writeValueAsString(body);
    ApiClient api = cell.api();
    var builder = api.builder(path).header("If-Match", "\"999\"");
    if (body == null) {
      builder.method(method, java.net.http.HttpRequest.BodyPublishers.noBody());
    } else {
      builder
          .header("Content-Type", "application/json")
          .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(json));
    }
    return Answer.of(path + " " + json, api.send(builder));
  }

  private static Answer formDuplicate(Cell cell) {
    cell.pages().get("/customers/new");
    Map<String, String> form = new HashMap<>();
    form.put("kind", "PERSON");
    form.put("name", "Probe " + UUID.randomUUID());
    form.put("stage", "PROSPECT");
    form.put("phones[0].value", cell.t().phone());
    form.put("phones[0].label", "mobile");
    form.put("version", "");
    return Answer.of("/customers " + form, cell.pages().post("/customers", form));
  }

  private static Answer importDryRun(Cell cell) {
    String csv = "Name,Phone,City\n," + cell.t().phone() + ",Ningbo\n";
    String boundary = "----matrix" + UUID.randomUUID();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\ntrue\r\n"
            + "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"probe.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + csv
            + "\r\n--"
            + boundary
            + "--\r\n";
    ApiClient api = cell.api();
    ApiClient.Response started =
        api.send(
            api.builder("/api/v1/imports")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        body, StandardCharsets.UTF_8)));
    if (started.status() != 202) {
      return Answer.of(csv, started);
    }
    String id = started.json().get("id").asString();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (List.of("QUEUED", "VALIDATING", "RUNNING")
        .contains(api.get("/api/v1/imports/" + id).json().get("status").asString())) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the import did not finish");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    ApiClient.Response job = api.get("/api/v1/imports/" + id);
    ApiClient.Response rows = api.get("/api/v1/imports/" + id + "/rows");
    ApiClient.Response errors = api.get("/api/v1/imports/" + id + "/errors.csv");
    return new Answer(job.status(), job.body() + "\n" + rows.body() + "\n" + errors.body(), csv);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
