#!/usr/bin/env bash
# Service on PostgreSQL (issue 15). Seeded with SQL: N cases (1,000,000), 10,000 of them open in the bench team; the
# rest closed, or open in other teams. (a) The team's queue: the first page of GET /api/v1/cases?teamId= (the
# assistant of the team, bearer token) and of the /cases page (signed in), against pgbench running the queue's
# statement on the same tables. (b) The SLA job: 100,000 open cases whose warning or deadline has passed, one pass
# run on two nodes at once (POST /api/v1/support/sla-passes on each), against the same work in plain SQL (rolled
# back); then every warning, breach and escalation must be on the history and in the notifications exactly once.
# Sourced by bench/run.
set -euo pipefail

pg_url=${PYRA_BENCH_PG:-postgresql://postgres@localhost:5432}
db="pyra_bench_$RANDOM$RANDOM"
port=$((20000 + RANDOM % 20000))
port2=$((port + 1))
cases=${SUPPORT_CASES:-1000000}
open_team=${SUPPORT_OPEN_TEAM:-10000}
due=${SUPPORT_SLA_DUE:-100000}
customers=$((cases / 10))
seconds=${SECONDS_PER_RUN:-15}
work=$(mktemp -d)
today=${today:-$(date -u +%Y-%m-%d)}
machine=${machine:-"$(nproc) cores, $(uname -m)"}
base="http://localhost:$port"
base2="http://localhost:$port2"

psql_db() { psql -q -v ON_ERROR_STOP=1 "$pg_url/$db" "$@"; }
cleanup() {
  for p in ${app_pid:-} ${app2_pid:-}; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done
  psql -q "$pg_url/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; }
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }

start_node() { # port log
  # shellcheck disable=SC2086
  PYRA_DB_URL="jdbc:postgresql://localhost:5432/$db" PYRA_DB_USER=postgres PYRA_PORT=$1 \
    PYRA_ADMIN_PASSWORD=Bench-Password-1 java ${PYRA_JVM_CACHE:-} ${PYRA_BENCH_JVM_OPTS:-} -Xmx1g -jar target/app/pyra.jar \
    --pyra.support.sla-cron=- --logging.level.io.pyra.support.cases.SlaWatch=DEBUG >"$2" 2>&1 &
}
wait_started() {
  for _ in $(seq 1 900); do grep -q 'Started PyraApplication' "$1" && return 0; sleep 0.2; done
  tail -30 "$1"; exit 1
}

psql -q "$pg_url/postgres" -c "CREATE DATABASE $db" >/dev/null
start_node "$port" "$work/app.log"; app_pid=$!
wait_started "$work/app.log"
for _ in $(seq 1 100); do psql_db -Atc "select count(*) from identity_user" 2>/dev/null | grep -q 1 && break; sleep 0.2; done

echo "bench: seeding $customers customers, $cases cases ($open_team open in the bench team, $due due for the SLA job)"
psql_db <<SQL
-- a branch with ten service teams; an assistant per team (case.* on their unit) and a supervisor over them
insert into identity_org_unit (id, parent_id, kind, code, name, time_zone, path, version, created_at, updated_at)
select md5('sb-branch')::uuid, r.id, 'BRANCH', 'SB_BRANCH', 'Service bench branch', 'Asia/Shanghai',
       r.path || md5('sb-branch')::uuid || '/', 0, now(), now()
  from identity_org_unit r where r.parent_id is null;
insert into identity_org_unit (id, parent_id, kind, code, name, time_zone, path, version, created_at, updated_at)
select md5('sb-team-' || t)::uuid, b.id, 'TEAM', 'SB_TEAM_' || t, 'Service team ' || t, 'Asia/Shanghai',
       b.path || md5('sb-team-' || t)::uuid || '/', 0, now(), now()
  from generate_series(0, 9) t cross join identity_org_unit b where b.code = 'SB_BRANCH';
insert into identity_user (id, username, display_name, email, org_unit_id, locale, active, password_hash,
                           password_changed_at, version, created_at, updated_at)
select md5('sb-lead')::uuid, 'sblead', 'Service lead', 'sblead@example.com', md5('sb-branch')::uuid, 'en', true,
       password_hash, now(), 0, now(), now() from identity_user where username = 'admin';
insert into identity_user (id, username, display_name, email, org_unit_id, supervisor_id, locale, active,
                           password_hash, password_changed_at, version, created_at, updated_at)
select md5('sb-user-' || t)::uuid, 'sbservice' || t, 'Service assistant ' || t, 'sbservice' || t || '@example.com',
       md5('sb-team-' || t)::uuid, md5('sb-lead')::uuid, 'en', true, a.password_hash, now(), 0, now(), now()
  from generate_series(0, 9) t cross join (select password_hash from identity_user where username = 'admin') a;
insert into identity_user_role (user_id, role_id)
select md5('sb-user-' || t)::uuid, r.id from generate_series(0, 9) t cross join identity_role r
 where r.code = 'CUSTOMER_SERVICE_ASSISTANT';
insert into identity_user_role (user_id, role_id)
select md5('sb-lead')::uuid, id from identity_role where code = 'CENTRE_PRINCIPAL';

-- (a Latin name has an empty pinyin key, as Pyra writes it: else a starting node would fill in 100,000 keys during
-- the measurements)
insert into customer_customer (id, code, kind, name, name_key, name_pinyin, stage, owner_id, org_unit_id, version,
                               created_at, updated_at)
select md5('sbc' || i)::uuid, 'SB-' || lpad(i::text, 7, '0'), 'PERSON', 'Service customer ' || i,
       'servicecustomer' || i, '', 'ACTIVE', md5('sb-user-' || (i % 10))::uuid, md5('sb-team-' || (i % 10))::uuid,
       0, now() - interval '800 days', now()
  from generate_series(1, $customers) i;

-- case i: team 0 holds the first $open_team (open, the queue measured; their customers are team 0's, so that all
-- of them are in the assistant's scope); the next $due are open in teams 1-9 with
-- their warning (even i) or their deadline (odd i) passed, for the SLA job; the rest are closed, spread over the
-- teams and two years. Priorities 1-6, deadlines spread over the coming weeks.
insert into support_case (id, code, customer_id, type, severity, channel, subject, description, assignee_id,
  org_unit_id, status, grade, priority, response_target_s, resolution_target_s, first_responded_at,
  first_response_warn_at, first_response_due_at, resolution_warn_at, resolution_due_at, resolved_at, closed_at,
  sla_next_at, created_by, created_at, updated_at, version)
select md5('sbk' || i)::uuid, 'CS-' || lpad(i::text, 7, '0'),
       md5('sbc' || case when i <= $open_team then 10 * (1 + i % ($customers / 10)) else 1 + i % $customers end)::uuid,
       (array['COMPLAINT','REQUEST','INQUIRY','REFUND','TECHNICAL_SUPPORT','MAINTENANCE'])[1 + i % 6],
       case when i % 3 = 0 then 'SERIOUS' else 'MINOR' end, 'PHONE', 'Bench case ' || i, 'Told on the phone',
       md5('sb-user-' || t)::uuid, md5('sb-team-' || t)::uuid,
       case when i <= $open_team + $due then 'IN_PROGRESS' else 'CLOSED' end,
       'C', 5 + i % 2, 7200, 97200, c0 + interval '1 hour',
       c0 + interval '90 minutes', c0 + interval '2 hours', w, d,
       case when i > $open_team + $due then c0 + interval '2 days' end,
       case when i > $open_team + $due then c0 + interval '3 days' end,
       case when i <= $open_team + $due then least(w, d) end,
       md5('sb-user-' || t)::uuid, c0, c0, 0
  from (select i,
               case when i <= $open_team then 0 else 1 + i % 9 end as t,
               case when i <= $open_team then now() - (i % 72) * interval '1 hour'
                    when i <= $open_team + $due then now() - interval '10 days'
                    else now() - interval '3 days' - (i % 700) * interval '1 day' end as c0,
               case when i <= $open_team then now() + (1 + i % 500) * interval '1 hour'
                    when i <= $open_team + $due then now() - interval '1 hour'
                    else now() - interval '3 days' end as w,
               case when i <= $open_team then now() + (1 + i % 500) * interval '1 hour' + interval '9 hours'
                    when i <= $open_team + $due and i % 2 = 0 then now() + interval '1 day'
                    when i <= $open_team + $due then now() - interval '10 minutes'
                    else now() - interval '2 days' end as d
          from generate_series(1, $cases) i) s;
vacuum analyze;
-- the seed's write-ahead log is written out now, not during the first measurement
checkpoint;
SQL

token_of() { # username -> bearer token
  curl -s -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"Bench-Password-1\"}" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}
token=""
for _ in $(seq 1 600); do token=$(token_of admin); [ -n "$token" ] && break; sleep 0.2; done
[ -n "$token" ] || { echo "bench: no API token from the application" >&2; exit 1; }
team_token=$(token_of sbservice0)
team=$(psql_db -Atc "select md5('sb-team-0')::uuid")

# (a) the team's queue
cat >"$work/get.lua" <<LUA
local path, headers = os.getenv("BENCH_PATH"), {}
if os.getenv("BENCH_TOKEN") then headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN") end
if os.getenv("BENCH_COOKIE") then headers["Cookie"] = os.getenv("BENCH_COOKIE") end
request = function() return wrk.format("GET", path, headers) end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.errors.status))
end
LUA
api_path="/api/v1/cases?teamId=$team&limit=50"
first=$(curl -s -H "Authorization: Bearer $team_token" "$base$api_path")
items=$(echo "$first" | grep -o '"code":"CS-' | wc -l)
[ "$items" = 50 ] || { echo "bench: the queue answered $(echo "$first" | head -c 300)" >&2; exit 1; }
curl -s -c "$work/jar" -b "$work/jar" "$base/login" >"$work/login.html"
csrf=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$work/login.html" | head -n1)
curl -s -o /dev/null -c "$work/jar" -b "$work/jar" -X POST "$base/login" \
  --data-urlencode "username=sbservice0" --data-urlencode "password=Bench-Password-1" --data-urlencode "_csrf=$csrf"
cookie=$(sed 's/^#HttpOnly_//' "$work/jar" | awk '!/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "}')
page_path="/cases?team=$team"
page_status=$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: $cookie" "$base$page_path")
cat >"$work/queue.sql" <<SQL
select k.id, k.code, k.customer_id, cu.code, cu.name, k.type, k.severity, k.status, k.subject, k.assignee_id,
       u.display_name, k.org_unit_id, o.name, k.grade, v.tier, k.priority, k.first_responded_at,
       k.first_response_warn_at, k.first_response_due_at, k.resolution_warn_at, k.resolution_due_at, k.resolved_at,
       k.paused_at, k.created_at, k.version, cu.owner_id, cu.org_unit_id
  from support_case k
  join customer_card_view cu on cu.id = k.customer_id
  join identity_org_unit_view o on o.id = k.org_unit_id
  left join identity_user_view u on u.id = k.assignee_id
  left join analytics_customer_value_view v on v.customer_id = k.customer_id
 where k.org_unit_id = '$team' and k.status in ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER')
 order by k.priority, k.resolution_due_at, k.id
 limit 51;
SQL
BENCH_PATH=$api_path BENCH_TOKEN=$team_token wrk -t1 -c4 -d10s -s "$work/get.lua" "$base" >/dev/null
pgbench -n -c4 -j2 -T5 -f "$work/queue.sql" "$pg_url/$db" >/dev/null 2>&1
for round in 1 2 3; do
  BENCH_PATH=$api_path BENCH_TOKEN=$team_token wrk -t1 -c4 -d"${seconds}s" -s "$work/get.lua" "$base" \
    | sed -n 's/^RESULT //p' >>"$work/api"
  pgbench -n -c4 -j2 -T"$seconds" -f "$work/queue.sql" "$pg_url/$db" 2>/dev/null \
    | sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' >>"$work/raw"
done
api_p95=$(cut -d' ' -f2 "$work/api" | median)
api_p99=$(cut -d' ' -f3 "$work/api" | median)
api_rps=$(cut -d' ' -f1 "$work/api" | median)
raw_ms=$(median <"$work/raw")
page_p95="skipped (/cases answered $page_status)"; page_p99=""
if [ "$page_status" = 200 ]; then
  BENCH_PATH=$page_path BENCH_COOKIE=$cookie wrk -t1 -c4 -d10s -s "$work/get.lua" "$base" >/dev/null
  page=$(BENCH_PATH=$page_path BENCH_COOKIE=$cookie wrk -t1 -c4 -d"${seconds}s" -s "$work/get.lua" "$base" \
    | sed -n 's/^RESULT //p')
  page_p95="$(echo "$page" | cut -d' ' -f2) ms"; page_p99="$(echo "$page" | cut -d' ' -f3) ms"
fi
echo "team queue ($open_team open of $cases): API p95 ${api_p95} ms p99 ${api_p99} ms (${api_rps} req/s); page p95 ${page_p95}; raw statement ${raw_ms} ms"

# (b) the SLA job: first the same work in plain SQL, rolled back; then one pass on two nodes at once
cat >"$work/sla.sql" <<SQL
\timing on
begin;
create temp table due on commit drop as
select id, customer_id, assignee_id, code, subject, resolution_due_at <= now() as breach from support_case
 where sla_next_at <= now() and status in ('NEW', 'IN_PROGRESS');
insert into support_case_event (id, case_id, customer_id, kind, to_value, occurred_at)
select gen_random_uuid(), id, customer_id, case when breach then 'SLA_BREACH' else 'SLA_WARNING' end, 'resolution', now()
  from due;
insert into support_case_event (id, case_id, customer_id, kind, to_value, detail, occurred_at)
select gen_random_uuid(), id, customer_id, 'ESCALATED', '1', 'Service lead', now() from due where breach;
insert into interaction_notification (id, user_id, kind, customer_id, title, link, created_at)
select gen_random_uuid(), assignee_id, case when breach then 'SLA_BREACH' else 'SLA_WARNING' end, customer_id,
       code || ' ' || subject, '/cases/' || id, now() from due;
insert into interaction_notification (id, user_id, kind, customer_id, title, link, created_at)
select gen_random_uuid(), md5('sb-lead')::uuid, 'CASE_ESCALATED', customer_id, code || ' ' || subject,
       '/cases/' || id, now() from due where breach;
update support_case k set resolution_warned_at = case when d.breach then k.resolution_warned_at else now() end,
       resolution_breached_at = case when d.breach then now() end,
       escalation_level = case when d.breach then 1 else 0 end,
       sla_next_at = case when d.breach then now() + interval '4 hours' else k.resolution_due_at end,
       version = version + 1
  from due d where k.id = d.id;
rollback;
SQL
echo "bench: the SLA work in plain SQL (rolled back)"
raw_sla=$( { /usr/bin/time -f '%e' psql -q -v ON_ERROR_STOP=1 "$pg_url/$db" -f "$work/sla.sql" >/dev/null; } 2>&1 | tail -n1)
echo "bench: plain SQL ${raw_sla}s; starting the second node"
# the rolled-back rows of the plain SQL are cleared and written out, so that the pass starts from the same state
psql_db -c "vacuum analyze support_case, support_case_event, interaction_notification" -c "checkpoint"
start_node "$port2" "$work/app2.log"; app2_pid=$!
wait_started "$work/app2.log"
sleep 2
curl -s -o /dev/null "$base2/actuator/health" || true
echo "bench: one SLA pass on each node at once"
t0=$(date +%s.%N)
curl -s -X POST -H "Authorization: Bearer $token" "$base/api/v1/support/sla-passes" >"$work/pass1" &
p1=$!
curl -s -X POST -H "Authorization: Bearer $token" "$base2/api/v1/support/sla-passes" >"$work/pass2" &
p2=$!
wait $p1 $p2
t1=$(date +%s.%N)
pass_seconds=$(echo "$t1 - $t0" | bc -l | awk '{printf "%.2f", $1}')
echo "SLA passes: node 1 $(cat "$work/pass1"); node 2 $(cat "$work/pass2")"
grep -h "SLA pass in ms" "$work/app.log" "$work/app2.log" | sed 's/.*SLA pass in ms/bench: where each pass spent its time (ms)/' || true
expected_warn=$((due / 2)); expected_breach=$((due - due / 2))
read -r warns breaches escalations twice notices < <(psql_db -Atc "
  select (select count(*) from support_case_event where kind = 'SLA_WARNING'),
         (select count(*) from support_case_event where kind = 'SLA_BREACH'),
         (select count(*) from support_case_event where kind = 'ESCALATED'),
         (select count(*) from (select case_id, kind from support_case_event
                                 where kind in ('SLA_WARNING', 'SLA_BREACH', 'ESCALATED')
                                 group by case_id, kind having count(*) > 1) x),
         (select count(*) from interaction_notification where kind in ('SLA_WARNING', 'SLA_BREACH', 'CASE_ESCALATED'))" \
  | tr '|' ' ')
once="yes"
[ "$warns" = "$expected_warn" ] && [ "$breaches" = "$expected_breach" ] && [ "$escalations" = "$expected_breach" ] \
  && [ "$twice" = 0 ] && [ "$notices" = $((warns + breaches + escalations)) ] || once="NO ($warns warnings, $breaches breaches, $escalations escalations, $twice twice, $notices notices)"
ratio=$(echo "$pass_seconds / $raw_sla" | bc -l | awk '{printf "%.2f", $1}')
echo "SLA job over $due due cases on two nodes: ${pass_seconds}s (plain SQL ${raw_sla}s, ratio $ratio); each notice once: $once"

{
  echo "## Service: the team queue and the SLA job (PostgreSQL)"
  echo
  echo "$cases cases seeded with SQL, $open_team open in the measured team. The first page (50) of"
  echo "\`GET /api/v1/cases?teamId=\` (bearer token of the team's assistant) and of the \`/cases\` page (signed in), 4"
  echo "connections (wrk), 3 rounds of ${seconds} s, median; the raw statement is the queue's own SELECT in pgbench (average)."
  echo "The SLA job: one pass (\`POST /api/v1/support/sla-passes\`) on two nodes at once over $due open cases past"
  echo "their warning or deadline, against the same inserts and updates in plain SQL (psql, rolled back); then every"
  echo "warning, breach and escalation must be on the history and in the notifications exactly once."
  echo "Targets: queue p95 < 100 ms; one pass < 10 s, each notice once."
  echo
  echo "| date | machine | queue API p95 | queue API p99 | queue page p95 | raw statement | SLA pass (2 nodes) | plain SQL | ratio | each notice once |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  echo "| $today | $machine | ${api_p95} ms | ${api_p99} ms | ${page_p95} | ${raw_ms} ms | ${pass_seconds} s | ${raw_sla} s | $ratio | $once |"
} >"${BENCH_OUT:-$work}/support"
[ -n "${BENCH_OUT:-}" ] || cat "$work/support"
