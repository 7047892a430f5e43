#!/usr/bin/env bash
# Scheduling: the calendar's week view of a centre on PostgreSQL (issue 17). Seeded with SQL: one centre (Shanghai's
# clock) with 200 resources (120 rooms, 30 PC sets, 20 projectors, 20 instructors, 10 spare hardware) and N bookings
# (1,000,000), one resource each: resource r's k-th booking on day k from $back days ago, an hour from 08:00 + r % 12
# hours on the centre's clock (one booking a resource a day: about 1,400 in a week); one in twenty cancelled.
# Measured, as a coordinator of the centre (role CUSTOMER_SERVICE_ASSISTANT: booking.read over the centre): the
# events of this week (Monday to Monday on the centre's clock) GET /api/v1/calendar/events?orgUnitId=&start=&end=
# (bearer token) and the page GET /calendar?orgUnitId= (signed in), 4 connections (wrk), 3 rounds, median of each
# round's p50/p95/p99; against pgbench running the best hand-written SQL for the same events on the same tables.
# The API must list the week's confirmed bookings, as the database counts them. Target: p95 < 100 ms.
# Sourced by bench/run.
set -euo pipefail

pg_url=${PYRA_BENCH_PG:-postgresql://postgres@localhost:5432}
db="pyra_bench_$RANDOM$RANDOM"
port=$((20000 + RANDOM % 20000))
bookings=${SCHEDULING_BOOKINGS:-1000000}
resources=200
per_resource=$(((bookings + resources - 1) / resources))
back=$((per_resource * 4 / 5))
seconds=${SECONDS_PER_RUN:-15}
work=$(mktemp -d)
today=${today:-$(date -u +%Y-%m-%d)}
machine=${machine:-"$(nproc) cores, $(uname -m)"}
base="http://localhost:$port"

psql_db() { psql -q -v ON_ERROR_STOP=1 "$pg_url/$db" "$@"; }
cleanup() {
  if [ -n "${app_pid:-}" ]; then kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true; fi
  psql -q "$pg_url/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; }
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }

psql -q "$pg_url/postgres" -c "CREATE DATABASE $db" >/dev/null
# shellcheck disable=SC2086
PYRA_DB_URL="jdbc:postgresql://localhost:5432/$db" PYRA_DB_USER=postgres PYRA_PORT=$port \
  PYRA_ADMIN_PASSWORD=Bench-Password-1 java ${PYRA_JVM_CACHE:-} ${PYRA_BENCH_JVM_OPTS:-} -Xmx1g -jar target/app/pyra.jar \
  --pyra.marketing.appointments.reminder-cron=- >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 900); do grep -q 'Started PyraApplication' "$work/app.log" && break; sleep 0.2; done
grep -q 'Started PyraApplication' "$work/app.log" || { tail -30 "$work/app.log"; exit 1; }
for _ in $(seq 1 100); do psql_db -Atc "select count(*) from identity_user" 2>/dev/null | grep -q 1 && break; sleep 0.2; done

echo "bench: seeding $resources resources and $bookings bookings over $per_resource days at one centre"
psql_db <<SQL
insert into identity_org_unit (id, parent_id, kind, code, name, time_zone, path, version, created_at, updated_at)
select md5('sw-centre')::uuid, r.id, 'BRANCH', 'SW_CENTRE', 'Week centre', 'Asia/Shanghai',
       r.path || md5('sw-centre')::uuid || '/', 0, now(), now()
  from identity_org_unit r where r.parent_id is null;
-- the coordinator, and a teacher for each instructor
insert into identity_user (id, username, display_name, email, org_unit_id, locale, active, password_hash,
                           password_changed_at, version, created_at, updated_at)
select id, username, display_name, username || '@example.com', md5('sw-centre')::uuid, 'en', true, a.password_hash,
       now(), 0, now(), now()
  from (select md5('sw-coordinator')::uuid as id, 'swcoordinator' as username, 'Coordinator' as display_name
        union all
        select md5('sw-teacher-' || k)::uuid, 'swteacher' || k, 'Teacher ' || k from generate_series(0, 19) k) u
 cross join (select password_hash from identity_user where username = 'admin') a;
insert into identity_user_role (user_id, role_id)
select md5('sw-coordinator')::uuid, r.id from identity_role r where r.code = 'CUSTOMER_SERVICE_ASSISTANT';
insert into identity_user_role (user_id, role_id)
select md5('sw-teacher-' || k)::uuid, r.id from generate_series(0, 19) k cross join identity_role r
 where r.code = 'TEACHER';
-- resource r: rooms 0-119, PC sets 120-149, projectors 150-169, instructors 170-189, spare hardware 190-199
insert into scheduling_resource (id, kind, code, name, org_unit_id, capacity, user_id, active, version, created_at,
                                 updated_at)
select md5('sw-resource-' || r)::uuid, kind, 'SW-' || lpad(r::text, 3, '0'), initcap(replace(kind, '_', ' ')) || ' ' || r,
       md5('sw-centre')::uuid, case when kind in ('ROOM', 'PC_SET') then 20 end,
       case when kind = 'INSTRUCTOR' then md5('sw-teacher-' || (r - 170))::uuid end, true, 0, now(), now()
  from (select r, case when r < 120 then 'ROOM' when r < 150 then 'PC_SET' when r < 170 then 'PROJECTOR'
                       when r < 190 then 'INSTRUCTOR' else 'HARDWARE' end as kind
          from generate_series(0, $resources - 1) r) s;

-- booking i: resource i % $resources, its k-th (k = i / $resources) on day k from $back days ago on the centre's
-- clock, 08:00 + (r % 12) hours, an hour long; one in twenty cancelled
create temp table seed as
select i, i % $resources as r, md5('sw-booking-' || i)::uuid as id,
       (((now() at time zone 'Asia/Shanghai')::date - $back + i / $resources) + time '08:00'
         + (i % $resources % 12) * interval '1 hour') at time zone 'Asia/Shanghai' as starts_at,
       i % 20 = 7 as cancelled
  from generate_series(0, $bookings - 1) i;
insert into scheduling_booking (id, purpose, title, starts_at, ends_at, status, org_unit_id, booked_by, ical_uid,
                                sequence, cancelled_at, cancelled_by, version, created_at, updated_at)
select id, (array['CLASS_SESSION','CLASS_SESSION','MEETING','EVENT','MAINTENANCE'])[i % 5 + 1], 'Class ' || i,
       starts_at, starts_at + interval '1 hour', case when cancelled then 'CANCELLED' else 'CONFIRMED' end,
       md5('sw-centre')::uuid, md5('sw-coordinator')::uuid, id || '@bench', 0,
       case when cancelled then starts_at - interval '1 day' end,
       case when cancelled then md5('sw-coordinator')::uuid end, 0, starts_at - interval '7 days', starts_at - interval '7 days'
  from seed;
insert into scheduling_booking_resource (booking_id, resource_id, starts_at, ends_at, active)
select id, md5('sw-resource-' || r)::uuid, starts_at, starts_at + interval '1 hour', not cancelled from seed;
vacuum analyze;
-- the seed's write-ahead log is written out now, not during the first measurement
checkpoint;
SQL

centre=$(psql_db -Atc "select md5('sw-centre')::uuid")
monday=$(psql_db -Atc "select date_trunc('week', now() at time zone 'Asia/Shanghai')::date")
next_monday=$(psql_db -Atc "select (date '$monday' + 7)")
expected=$(psql_db -Atc "select count(*) from scheduling_booking where org_unit_id = '$centre' and status = 'CONFIRMED'
  and starts_at < timestamp '$next_monday 00:00' at time zone 'Asia/Shanghai'
  and ends_at > timestamp '$monday 00:00' at time zone 'Asia/Shanghai'")
echo "bench: the week from $monday expects $expected bookings"

token=""
for _ in $(seq 1 600); do
  token=$(curl -s -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"swcoordinator","password":"Bench-Password-1"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] && break; sleep 0.2
done
[ -n "$token" ] || { echo "bench: no API token for the coordinator" >&2; exit 1; }
api_path="/api/v1/calendar/events?orgUnitId=$centre&start=${monday}T00:00:00&end=${next_monday}T00:00:00"
curl -s -H "Authorization: Bearer $token" "$base$api_path" >"$work/api.json"
api_items=$(grep -o '"startsAt"' "$work/api.json" | wc -l)
[ "$api_items" = "$expected" ] || { echo "bench: the API listed $api_items of $expected: $(head -c 300 "$work/api.json")" >&2; exit 1; }
api_bytes=$(wc -c <"$work/api.json")

curl -s -c "$work/jar" -b "$work/jar" "$base/login" >"$work/login.html"
csrf=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$work/login.html" | head -n1)
curl -s -o /dev/null -c "$work/jar" -b "$work/jar" -X POST "$base/login" \
  --data-urlencode "username=swcoordinator" --data-urlencode "password=Bench-Password-1" --data-urlencode "_csrf=$csrf"
cookie=$(sed 's/^#HttpOnly_//' "$work/jar" | awk '!/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "}')
page_path="/calendar?orgUnitId=$centre"
page_status=$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: $cookie" "$base$page_path")
[ "$page_status" = 200 ] && grep -q "data-centre=\"$centre\"" "$work/page.html" \
  || { echo "bench: /calendar answered $page_status without the centre" >&2; exit 1; }

cat >"$work/get.lua" <<'LUA'
local path, headers = os.getenv("BENCH_PATH"), {}
if os.getenv("BENCH_TOKEN") then headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN") end
if os.getenv("BENCH_COOKIE") then headers["Cookie"] = os.getenv("BENCH_COOKIE") end
request = function() return wrk.format("GET", path, headers) end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write, summary.errors.timeout))
end
LUA
# The best hand-written SQL for the same events: the centre's confirmed bookings overlapping the week (those
# starting at most a day before it: a booking lasts at most 24 hours) with their resources, earliest first.
cat >"$work/week.sql" <<SQL
select b.id, b.purpose, b.title, b.starts_at, b.ends_at, b.booked_by, b.version, r.id, r.kind, r.code, r.name
  from scheduling_booking b
  join scheduling_booking_resource br on br.booking_id = b.id
  join scheduling_resource r on r.id = br.resource_id
 where b.org_unit_id = '$centre' and b.status = 'CONFIRMED'
   and b.starts_at >= (timestamp '$monday 00:00' - interval '1 day') at time zone 'Asia/Shanghai'
   and b.starts_at < timestamp '$next_monday 00:00' at time zone 'Asia/Shanghai'
   and b.ends_at > timestamp '$monday 00:00' at time zone 'Asia/Shanghai'
 order by b.starts_at, b.id
 limit 2001;
SQL
raw_rows=$(psql_db -At -f "$work/week.sql" | wc -l)
[ "$raw_rows" = "$expected" ] || { echo "bench: the raw SQL listed $raw_rows of $expected" >&2; exit 1; }
# percentiles (ms) of pgbench's per-statement log (its third column in microseconds)
pgbench_round() { # seconds -> "tps p50 p95 p99"
  rm -f "$work"/pgb.*
  pgbench -n -M prepared -c4 -j2 -T"$1" -l --log-prefix="$work/pgb" -f "$work/week.sql" "$pg_url/$db" >/dev/null 2>&1
  cat "$work"/pgb.* | awk '{print $3 / 1000}' | sort -n \
    | awk -v s="$1" '{a[NR]=$1} END {printf "%.1f %.2f %.2f %.2f\n", NR / s, a[int(NR*0.5)+1], a[int(NR*0.95)+1], a[int(NR*0.99)+1]}'
}

echo "bench: warming up"
BENCH_PATH=$api_path BENCH_TOKEN=$token wrk -t1 -c4 -d10s -s "$work/get.lua" "$base" >/dev/null
BENCH_PATH=$page_path BENCH_COOKIE=$cookie wrk -t1 -c4 -d10s -s "$work/get.lua" "$base" >/dev/null
pgbench_round 5 >/dev/null
for round in 1 2 3; do
  BENCH_PATH=$page_path BENCH_COOKIE=$cookie wrk -t1 -c4 -d"${seconds}s" -s "$work/get.lua" "$base" \
    | sed -n 's/^RESULT //p' >>"$work/page"
  BENCH_PATH=$api_path BENCH_TOKEN=$token wrk -t1 -c4 -d"${seconds}s" -s "$work/get.lua" "$base" \
    | sed -n 's/^RESULT //p' >>"$work/api"
  pgbench_round "$seconds" >>"$work/raw"
done
med_of() { cut -d' ' -f"$2" "$work/$1" | median; } # file field -> median over the rounds
page_rps=$(med_of page 1); page_p50=$(med_of page 2); page_p95=$(med_of page 3); page_p99=$(med_of page 4)
api_rps=$(med_of api 1); api_p50=$(med_of api 2); api_p95=$(med_of api 3); api_p99=$(med_of api 4)
raw_tps=$(med_of raw 1); raw_p50=$(med_of raw 2); raw_p95=$(med_of raw 3); raw_p99=$(med_of raw 4)
# failed answers (not 2xx/3xx, or a broken connection) and requests still unanswered after wrk's 2 s
errors=$(cat "$work/page" "$work/api" | awk '{s += $5} END {print s}')
timeouts=$(cat "$work/page" "$work/api" | awk '{s += $6} END {print s}')
verdict="met"
awk -v a="$page_p95" -v b="$api_p95" 'BEGIN {exit !(a < 100 && b < 100)}' || verdict="missed"
[ "$errors" = 0 ] || verdict="$verdict; $errors failed"
[ "$timeouts" = 0 ] || verdict="$verdict; $timeouts over 2 s"
echo "scheduling week ($expected bookings of $bookings, $resources resources): events API p50 ${api_p50} p95 ${api_p95}" \
     "p99 ${api_p99} ms (${api_rps} req/s); page p50 ${page_p50} p95 ${page_p95} p99 ${page_p99} ms (${page_rps} req/s);" \
     "raw SQL p50 ${raw_p50} p95 ${raw_p95} p99 ${raw_p99} ms (${raw_tps} tx/s); target p95 < 100 ms: $verdict"

{
  echo "## Scheduling: the calendar's week of a centre (PostgreSQL)"
  echo
  echo "$bookings bookings seeded with SQL at one centre (Shanghai's clock) with $resources resources (rooms, PC sets,"
  echo "projectors, instructors, spare hardware), one resource a booking, one booking a resource a day (an hour, from"
  echo "08:00), one in twenty cancelled. As a coordinator of the centre (role CUSTOMER_SERVICE_ASSISTANT): the week"
  echo "view's events \`GET /api/v1/calendar/events?orgUnitId=&start=&end=\` (bearer token; Monday to Monday on the"
  echo "centre's clock, checked to list the $expected confirmed bookings the database holds, $api_bytes bytes of JSON)"
  echo "and the page \`GET /calendar?orgUnitId=\` (signed in; it loads the events with the same query at"
  echo "\`/calendar/events\`); 4 connections (wrk), 3 rounds of ${seconds} s, median of the rounds' percentiles. Raw:"
  echo "pgbench (4 clients, prepared statement) running the best hand-written SELECT of the week's bookings with their"
  echo "resources on the same tables, percentiles from its per-statement log. Target: p95 < 100 ms."
  echo
  echo "| date | machine | bookings | in the week | events API p50 / p95 / p99 | page p50 / p95 / p99 | raw SQL p50 / p95 / p99 | target |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "| $today | $machine | $bookings | $expected | ${api_p50} / ${api_p95} / ${api_p99} ms | ${page_p50} / ${page_p95} / ${page_p99} ms | ${raw_p50} / ${raw_p95} / ${raw_p99} ms | $verdict |"
} >"${BENCH_OUT:-$work}/schedulingweek"
[ -n "${BENCH_OUT:-}" ] || cat "$work/schedulingweek"
