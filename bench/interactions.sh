#!/usr/bin/env bash
# Contact records on PostgreSQL: logging a record through POST /api/v1/interactions against pgbench running the same
# INSERT with its audit row; the first page of the timeline of a customer with 10,000 entries; the supervision page
# of a centre principal over 200 people and N contact records. Data seeded with SQL. Sourced by bench/run.
set -euo pipefail

pg_url=${PYRA_BENCH_PG:-postgresql://postgres@localhost:5432}
db="pyra_bench_$RANDOM$RANDOM"
port=$((20000 + RANDOM % 20000))
records=${INTERACTION_RECORDS:-1000000}
people=${SUPERVISED_PEOPLE:-200}
entries=${TIMELINE_ENTRIES:-10000}
customers=$((people * 50))
seconds=${SECONDS_PER_RUN:-15}
work=$(mktemp -d)
today=${today:-$(date -u +%Y-%m-%d)}
machine=${machine:-"$(nproc) cores, $(uname -m)"}
base="http://localhost:$port"

psql_db() { psql -q -v ON_ERROR_STOP=1 "$pg_url/$db" "$@"; }
cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  psql -q "$pg_url/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; }
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }

psql -q "$pg_url/postgres" -c "CREATE DATABASE $db" >/dev/null
# shellcheck disable=SC2086
PYRA_DB_URL="jdbc:postgresql://localhost:5432/$db" PYRA_DB_USER=postgres PYRA_PORT=$port \
  PYRA_ADMIN_PASSWORD=Bench-Password-1 java ${PYRA_JVM_CACHE:-} -Xmx1g -jar target/app/pyra.jar >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 900); do grep -q 'Started PyraApplication' "$work/app.log" && break; sleep 0.2; done
grep -q 'Started PyraApplication' "$work/app.log" || { tail -30 "$work/app.log"; exit 1; }
for _ in $(seq 1 100); do psql_db -Atc "select count(*) from identity_user" 2>/dev/null | grep -q 1 && break; sleep 0.2; done

echo "bench: seeding $people people, $customers customers, $records contact records, a customer with $entries timeline entries (not measured)"
psql_db <<SQL
-- a branch with ten teams; $people course consultants in the teams; a centre principal over the branch
insert into identity_org_unit (id, parent_id, kind, code, name, time_zone, path, version, created_at, updated_at)
select md5('bench-branch')::uuid, r.id, 'BRANCH', 'BENCH_BRANCH', 'Bench branch', 'Asia/Shanghai',
       r.path || md5('bench-branch')::uuid || '/', 0, now(), now()
  from identity_org_unit r where r.parent_id is null;
insert into identity_org_unit (id, parent_id, kind, code, name, time_zone, path, version, created_at, updated_at)
select md5('bench-team-' || t)::uuid, b.id, 'TEAM', 'BENCH_TEAM_' || t, 'Bench team ' || t, 'Asia/Shanghai',
       b.path || md5('bench-team-' || t)::uuid || '/', 0, now(), now()
  from generate_series(0, 9) t cross join identity_org_unit b where b.code = 'BENCH_BRANCH';
insert into identity_user (id, username, display_name, email, org_unit_id, locale, active, password_hash,
                           password_changed_at, version, created_at, updated_at)
select md5('bench-user-' || i)::uuid, 'bench' || i, 'Bench person ' || i, 'bench' || i || '@example.com',
       md5('bench-team-' || (i % 10))::uuid, 'en', true, a.password_hash, now(), 0, now(), now()
  from generate_series(1, $people) i cross join (select password_hash from identity_user where username = 'admin') a;
insert into identity_user_role (user_id, role_id)
select md5('bench-user-' || i)::uuid, r.id from generate_series(1, $people) i cross join identity_role r
 where r.code = 'COURSE_CONSULTANT';
insert into identity_user (id, username, display_name, email, org_unit_id, locale, active, password_hash,
                           password_changed_at, version, created_at, updated_at)
select md5('bench-manager')::uuid, 'benchmanager', 'Bench manager', 'benchmanager@example.com',
       md5('bench-branch')::uuid, 'en', true, password_hash, now(), 0, now(), now()
  from identity_user where username = 'admin';
insert into identity_user_role (user_id, role_id)
select md5('bench-manager')::uuid, id from identity_role where code = 'CENTRE_PRINCIPAL';

-- 50 customers per person, entered long ago; customer i is owned by person 1 + i % people
insert into customer_customer (id, code, kind, name, name_key, stage, owner_id, org_unit_id, version, created_at, updated_at)
select md5('bc' || i)::uuid, 'BI-' || lpad(i::text, 7, '0'), 'PERSON', 'Bench customer ' || i, 'benchcustomer' || i,
       'ACTIVE', md5('bench-user-' || (1 + i % $people))::uuid, md5('bench-team-' || ((1 + i % $people) % 10))::uuid,
       0, now() - interval '800 days', now()
  from generate_series(1, $customers) i;

-- contact records over the last year, by each customer's owner
insert into interaction_record (id, customer_id, type_id, channel, direction, subject, occurred_at, country, office,
                                author_id, org_unit_id, version, created_at, updated_at)
select md5('br' || i)::uuid, md5('bc' || (1 + i % $customers))::uuid,
       ('00000000-0000-7000-8004-' || lpad(to_hex(1 + i % 10), 12, '0'))::uuid,
       (array['PHONE','EMAIL','VISIT','MEETING','WEB'])[1 + i % 5], case when i % 2 = 0 then 'INBOUND' else 'OUTBOUND' end,
       'Bench contact ' || i, now() - (i % 365) * interval '1 day' - (i % 86400) * interval '1 second',
       (array['CN','GB','DE','SG'])[1 + i % 4], (array['Shanghai','London','Berlin','Singapore'])[1 + i % 4],
       md5('bench-user-' || (1 + (1 + i % $customers) % $people))::uuid,
       md5('bench-team-' || ((1 + (1 + i % $customers) % $people) % 10))::uuid, 0, now(), now()
  from generate_series(1, $records) i;

-- 100 tasks per person due within two months either side of today; a third done, some cancelled
insert into interaction_task (id, customer_id, title, type, assignee_id, created_by, due_at, priority, status,
                              completed_at, version, created_at, updated_at)
select md5('bt' || i)::uuid, md5('bc' || (1 + i % $customers))::uuid, 'Bench task ' || i, 'CALL_BACK',
       md5('bench-user-' || (1 + (1 + i % $customers) % $people))::uuid,
       md5('bench-user-' || (1 + (1 + i % $customers) % $people))::uuid,
       now() + ((i % 120) - 60) * interval '1 day', 'NORMAL',
       case when i % 3 = 0 then 'DONE' when i % 17 = 0 then 'CANCELLED' else 'OPEN' end,
       case when i % 3 = 0 then now() - interval '1 day' end, 0, now() - interval '90 days', now()
  from generate_series(1, $people * 100) i;

-- the customer with $entries timeline entries: 70 % contact records, 20 % tasks created, 10 % tasks done
insert into customer_customer (id, code, kind, name, name_key, stage, owner_id, org_unit_id, version, created_at, updated_at)
values (md5('bench-timeline')::uuid, 'BT-0000001', 'ORGANIZATION', 'Bench timeline customer', 'benchtimelinecustomer',
        'ACTIVE', md5('bench-user-1')::uuid, md5('bench-team-1')::uuid, 0, now() - interval '3 years', now());
insert into interaction_record (id, customer_id, type_id, channel, direction, subject, notes, occurred_at, author_id,
                                org_unit_id, version, created_at, updated_at)
select md5('btr' || i)::uuid, md5('bench-timeline')::uuid,
       ('00000000-0000-7000-8004-' || lpad(to_hex(1 + i % 10), 12, '0'))::uuid, 'PHONE', 'INBOUND',
       'Timeline contact ' || i, 'Notes of timeline contact ' || i, now() - i * interval '2 hours',
       md5('bench-user-' || (1 + i % $people))::uuid, md5('bench-team-1')::uuid, 0, now(), now()
  from generate_series(1, $entries * 7 / 10) i;
insert into interaction_task (id, customer_id, title, type, assignee_id, created_by, due_at, priority, status,
                              completed_at, version, created_at, updated_at)
select md5('btt' || i)::uuid, md5('bench-timeline')::uuid, 'Timeline task ' || i, 'CALL_BACK',
       md5('bench-user-1')::uuid, md5('bench-user-2')::uuid, now() - i * interval '7 hours' + interval '2 days',
       'NORMAL', case when i % 2 = 0 then 'DONE' else 'OPEN' end,
       case when i % 2 = 0 then now() - i * interval '7 hours' + interval '1 hour' end,
       0, now() - i * interval '7 hours', now()
  from generate_series(1, $entries * 2 / 10) i;
vacuum analyze;
SQL
timeline_customer=$(psql_db -Atc "select md5('bench-timeline')::uuid")
timeline_entries=$(psql_db -Atc "select (select count(*) from interaction_record where customer_id = '$timeline_customer')
  + (select count(*) from interaction_task where customer_id = '$timeline_customer')
  + (select count(*) from interaction_task where customer_id = '$timeline_customer' and completed_at > created_at)")

# the first start creates the administrator a moment after "Started": ask until a token comes
token=""
for _ in $(seq 1 600); do
  token=$(curl -s -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"Bench-Password-1"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] && break
  sleep 0.2
done
[ -n "$token" ] || { echo "bench: no API token from the application" >&2; exit 1; }
[ -n "$token" ] || { echo "bench: no token" >&2; exit 1; }

# (a) logging a contact record: the endpoint against the same INSERT plus its audit row in pgbench
psql_db -Atc "select id from customer_customer where code like 'BI-%' order by code limit 2000" >"$work/customers"
now_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ)
probe_body="{\"customerId\":\"$(head -n1 "$work/customers")\",\"type\":\"INQUIRY\",\"channel\":\"PHONE\",\"direction\":\"INBOUND\",\"subject\":\"Bench probe\",\"occurredAt\":\"$now_utc\"}"
post_probe() {
  curl -s -o "$work/probe" -w '%{http_code}' -X POST "$base/api/v1/interactions" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' "$@" -d "$probe_body"
}
# an Idempotency-Key is sent only when the endpoint insists on one
use_key=0
probe=$(post_probe)
if [ "$probe" = 428 ] || { [ "${probe:0:1}" = 4 ] && grep -qi 'idempotency' "$work/probe"; }; then
  use_key=1
  probe=$(post_probe -H "Idempotency-Key: bench-probe-$RANDOM$RANDOM")
fi
log_row="skipped (\`POST /api/v1/interactions\` answered $probe) | | | | |"
if [ "$probe" = 201 ] || [ "$probe" = 200 ]; then
  cat >"$work/log.lua" <<LUA
local customers = {}
for line in io.lines("$work/customers") do customers[#customers + 1] = line end
local headers = {["Authorization"] = "Bearer $token", ["Content-Type"] = "application/json"}
local n = 0
local use_key = $use_key == 1
local threads = 0
setup = function(thread) threads = threads + 1; thread:set("id", threads) end
init = function(args) math.randomseed(os.time() * 100 + (id or 0)) end
request = function()
  n = n + 1
  if use_key then headers["Idempotency-Key"] = string.format("bench-%d-%d-%d", os.time(), id or 0, n) end
  local body = string.format('{"customerId":"%s","type":"INQUIRY","channel":"PHONE","direction":"INBOUND",'
    .. '"subject":"Bench call %d","notes":"Asked about the spring courses","occurredAt":"%s"}',
    customers[math.random(1, #customers)], n, os.date("!%Y-%m-%dT%H:%M:%SZ"))
  return wrk.format("POST", "/api/v1/interactions", headers, body)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.errors.status))
end
LUA
  admin_id=$(psql_db -Atc "select id from identity_user where username = 'admin'")
  admin_unit=$(psql_db -Atc "select org_unit_id from identity_user where username = 'admin'")
  cat >"$work/log.sql" <<SQL
\set c random(1, $customers)
with r as (
  insert into interaction_record (id, customer_id, type_id, channel, direction, subject, notes, occurred_at, author_id,
                                  org_unit_id, version, created_at, updated_at)
  values (gen_random_uuid(), md5('bc' || :c)::uuid, '00000000-0000-7000-8004-000000000001', 'PHONE', 'INBOUND',
          'Bench call ' || :c, 'Asked about the spring courses', now(), '$admin_id', '$admin_unit', 0, now(), now())
  returning id, customer_id, subject)
insert into platform_audit_entry (occurred_at, actor_id, actor_name, action, record_type, record_id, changes)
select now(), '$admin_id', 'admin', 'CREATE', 'InteractionRecord', r.id::text,
       '{"customerId":"' || r.customer_id || '","subject":"' || r.subject || '","channel":"PHONE"}' from r;
SQL
  wrk -t2 -c16 -d30s -s "$work/log.lua" "$base" >/dev/null
  pgbench -n -c4 -j2 -T5 -f "$work/log.sql" "$pg_url/$db" >/dev/null 2>&1
  for round in 1 2 3; do
    wrk -t2 -c16 -d"${seconds}s" -s "$work/log.lua" "$base" | sed -n 's/^RESULT //p' >>"$work/pyra"
    pgbench -n -c4 -j2 -T"$seconds" -f "$work/log.sql" "$pg_url/$db" 2>/dev/null \
      | sed -n 's/^tps = \([0-9.]*\).*/\1/p' >>"$work/raw"
  done
  paste -d' ' "$work/pyra" "$work/raw" | awk '{print $1 / $5}' >"$work/ratio"
  log_rps=$(cut -d' ' -f1 "$work/pyra" | median)
  log_p99=$(cut -d' ' -f3 "$work/pyra" | median)
  log_errors=$(awk '{s += $4} END {print s + 0}' "$work/pyra")
  raw_tps=$(median <"$work/raw")
  log_ratio=$(median <"$work/ratio")
  log_row="$log_rps | $log_p99 ms | $raw_tps | $log_ratio | $log_errors |"
  echo "log a contact record: Pyra ${log_rps} req/s (p99 ${log_p99} ms, non-2xx ${log_errors}) vs pgbench ${raw_tps} tps: ratio ${log_ratio}"
else
  echo "bench: POST /api/v1/interactions answered $probe ($(head -c 300 "$work/probe")); logging is not measured"
fi

# (b) the first page of the timeline of the customer with $timeline_entries entries
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
first_page=$(curl -s -H "Authorization: Bearer $token" "$base/api/v1/customers/$timeline_customer/timeline")
echo "$first_page" | grep -q '"nextCursor":"' || { echo "bench: the timeline answered $(echo "$first_page" | head -c 300)" >&2; exit 1; }
BENCH_PATH="/api/v1/customers/$timeline_customer/timeline" BENCH_TOKEN=$token \
  wrk -t2 -c4 -d20s -s "$work/get.lua" "$base" >/dev/null
timeline=$(BENCH_PATH="/api/v1/customers/$timeline_customer/timeline" BENCH_TOKEN=$token \
  wrk -t2 -c4 -d"${seconds}s" -s "$work/get.lua" "$base" | sed -n 's/^RESULT //p')
echo "timeline first page ($timeline_entries entries), 4 connections: $timeline (req/s p95 p99 non-2xx)"

# (c) the supervision page of the centre principal over the $people people, signed in with a session
curl -s -c "$work/jar" -b "$work/jar" "$base/login" >"$work/login.html"
csrf=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$work/login.html" | head -n1)
curl -s -o /dev/null -c "$work/jar" -b "$work/jar" -X POST "$base/login" \
  --data-urlencode "username=benchmanager" --data-urlencode "password=Bench-Password-1" --data-urlencode "_csrf=$csrf"
cookie=$(sed 's/^#HttpOnly_//' "$work/jar" | awk '!/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "}')
rows=$(curl -s -H "Cookie: $cookie" "$base/supervision" | grep -c 'class="person-row"' || true)
[ "$rows" -gt "$people" ] || { echo "bench: the supervision page shows $rows people, not $((people + 1))" >&2; exit 1; }
BENCH_PATH=/supervision BENCH_COOKIE=$cookie wrk -t1 -c2 -d20s -s "$work/get.lua" "$base" >/dev/null
supervision=$(BENCH_PATH=/supervision BENCH_COOKIE=$cookie \
  wrk -t1 -c2 -d"${seconds}s" -s "$work/get.lua" "$base" | sed -n 's/^RESULT //p')
echo "supervision page ($rows people, $records records), 2 connections: $supervision (req/s p95 p99 non-2xx)"

{
  echo "## Contact records, timeline and supervision (PostgreSQL)"
  echo
  echo "Logging a contact record \`POST /api/v1/interactions\` with a bearer token, 16 connections (wrk), against"
  echo "\`pgbench\` running the same INSERT with its audit row, 4 clients; 3 interleaved rounds of ${seconds} s, median."
  echo "The first page (20 entries) of \`GET /api/v1/customers/{id}/timeline\` for a customer with $timeline_entries"
  echo "entries, 4 connections; the \`/supervision\` page of a centre principal over $people people with $records contact"
  echo "records, 2 connections (targets: timeline p95 < 50 ms, supervision < 500 ms)."
  echo
  echo "| date | machine | logging req/s | logging p99 | pgbench tps | ratio | logging non-2xx | timeline p95 | timeline p99 | supervision p95 | supervision p99 |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  echo "| $today | $machine | $log_row $(echo "$timeline" | cut -d' ' -f2) ms | $(echo "$timeline" | cut -d' ' -f3) ms | $(echo "$supervision" | cut -d' ' -f2) ms | $(echo "$supervision" | cut -d' ' -f3) ms |"
} >"${BENCH_OUT:-$work}/interactions"
[ -n "${BENCH_OUT:-}" ] || cat "$work/interactions"
