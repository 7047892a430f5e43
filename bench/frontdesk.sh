#!/usr/bin/env bash
# The front desk's list of today's visitors on PostgreSQL (issue 16). Seeded with SQL: N appointments (2,000,000),
# one per lead (a tenth of the leads converted: the appointment names the customer too), over two years (640 days
# back, 90 ahead) at one centre per 40,000 appointments (50 centres, in three time zones), each centre open
# 09:00-18:00 on its own clock with a visit every ten minutes shared by its 8 consultants, booked by 40 call-centre
# agents: about 55 visitors a day a centre. Past visits arrived (75 %), did not show (15 %) or were cancelled (10 %);
# visits ahead are booked (a tenth cancelled). Measured, as the front desk of centre 0 (role FRONT_DESK, signed in
# for the page, bearer token for the API): the page GET /front-desk and GET /api/v1/appointments?centre=&day= for
# today on the centre's clock, 4 connections (wrk), 3 rounds, median of each round's p50/p95/p99; against pgbench
# running the best hand-written SQL for the same list on the same tables (p50/p95/p99 from its per-statement log).
# Both lists must hold the centre's visitors of the day, as the database counts them. Target: p95 < 50 ms.
# Sourced by bench/run.
set -euo pipefail

pg_url=${PYRA_BENCH_PG:-postgresql://postgres@localhost:5432}
db="pyra_bench_$RANDOM$RANDOM"
port=$((20000 + RANDOM % 20000))
appointments=${FRONTDESK_APPOINTMENTS:-2000000}
per_centre=40000
centres=$(((appointments + per_centre - 1) / per_centre))
days=730
back=640
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

echo "bench: seeding $appointments appointments and their leads over $days days at $centres centres"
psql_db <<SQL
-- the centres (BRANCH units; most on Shanghai's clock), a call centre, and the staff: a front desk and 8
-- consultants a centre, 40 agents who book
create temp table centre as
select c, md5('fd-centre-' || c)::uuid as id,
       case when c % 10 = 7 then 'Asia/Singapore' when c % 10 = 9 then 'Asia/Tokyo' else 'Asia/Shanghai' end as zone
  from generate_series(0, $centres - 1) c;
insert into identity_org_unit (id, parent_id, kind, code, name, time_zone, path, version, created_at, updated_at)
select c.id, r.id, 'BRANCH', 'FD_CENTRE_' || lpad(c.c::text, 3, '0'), 'Centre ' || lpad(c.c::text, 3, '0'), c.zone,
       r.path || c.id || '/', 0, now(), now()
  from centre c cross join identity_org_unit r where r.parent_id is null;
insert into identity_org_unit (id, parent_id, kind, code, name, time_zone, path, version, created_at, updated_at)
select md5('fd-call-centre')::uuid, r.id, 'TEAM', 'FD_CALL_CENTRE', 'Call centre', 'Asia/Shanghai',
       r.path || md5('fd-call-centre')::uuid || '/', 0, now(), now()
  from identity_org_unit r where r.parent_id is null;
insert into identity_user (id, username, display_name, email, org_unit_id, locale, active, password_hash,
                           password_changed_at, version, created_at, updated_at)
select id, username, display_name, username || '@example.com', unit, 'en', true, a.password_hash, now(), 0, now(), now()
  from (select md5('fd-desk-' || c)::uuid as id, 'fddesk' || c as username, 'Front desk ' || c as display_name,
               id as unit from centre
        union all
        select md5('fd-consultant-' || c || '-' || k)::uuid, 'fdconsultant' || c || '-' || k,
               'Consultant ' || c || '-' || k, id from centre cross join generate_series(0, 7) k
        union all
        select md5('fd-agent-' || k)::uuid, 'fdagent' || k, 'Agent ' || k, md5('fd-call-centre')::uuid
          from generate_series(0, 39) k) u
 cross join (select password_hash from identity_user where username = 'admin') a;
insert into identity_user_role (user_id, role_id)
select md5('fd-desk-' || c)::uuid, r.id from centre cross join identity_role r where r.code = 'FRONT_DESK';
insert into identity_user_role (user_id, role_id)
select md5('fd-consultant-' || c || '-' || k)::uuid, r.id
  from centre cross join generate_series(0, 7) k cross join identity_role r where r.code = 'COURSE_CONSULTANT';
insert into identity_user_role (user_id, role_id)
select md5('fd-agent-' || k)::uuid, r.id from generate_series(0, 39) k cross join identity_role r
 where r.code = 'CALL_CENTRE_AGENT';

-- appointment i: centre i % centres; its k-th appointment there on day k % $days from $back days ago (on the
-- centre's clock), at 09:00 + 10 minutes x (k / $days), with consultant slot % 8 (an hour, never overlapping)
create temp table seed as
select s.i, s.c, c.id as centre_id, md5('fd-appointment-' || s.i)::uuid as id, md5('fd-lead-' || s.i)::uuid as lead_id,
       case when s.i % 10 = 0 then md5('fd-customer-' || s.i)::uuid end as customer_id,
       md5('fd-consultant-' || s.c || '-' || ((s.k / $days) % 8))::uuid as consultant_id,
       md5('fd-agent-' || (s.i % 40))::uuid as booked_by,
       (((now() at time zone 'Asia/Shanghai')::date - $back + s.k % $days) + time '09:00'
         + (s.k / $days) * interval '10 minutes') at time zone c.zone as starts_at,
       s.i % 20 as fate
  from (select i, i % $centres as c, i / $centres as k from generate_series(0, $appointments - 1) i) s
  join centre c on c.c = s.c;
insert into customer_customer (id, code, kind, name, name_key, name_pinyin, stage, owner_id, org_unit_id, version,
                               created_at, updated_at)
select customer_id, 'FD-' || lpad(i::text, 8, '0'), 'PERSON', 'Visitor ' || i, 'visitor' || i, '', 'ACTIVE',
       booked_by, md5('fd-call-centre')::uuid, 0, starts_at, starts_at
  from seed where customer_id is not null;
insert into marketing_lead (id, source, name, phone, centre_id, status, consent_email, consent_sms, consent_phone,
                            customer_id, owner_id, org_unit_id, version, created_at, updated_at, converted_at)
select lead_id, (array['WEB_FORM','PHONE','WALK_IN','REFERRAL','EVENT'])[i % 5 + 1], 'Visitor ' || i,
       '+86138' || lpad(i::text, 8, '0'), centre_id,
       case when customer_id is not null then 'CONVERTED' when starts_at < now() and fate >= 5 then 'ARRIVED'
            else 'APPOINTMENT_BOOKED' end,
       false, false, true, customer_id, booked_by, md5('fd-call-centre')::uuid, 0,
       starts_at - interval '3 days', starts_at - interval '3 days',
       case when customer_id is not null then starts_at + interval '1 day' end
  from seed;
insert into marketing_appointment (id, lead_id, customer_id, centre_id, consultant_id, starts_at, ends_at, status,
                                   booked_by, received_by, arrived_at, no_show_at, cancelled_at, outcome,
                                   confirmation_sent_at, reminder_sent_at, version, created_at, updated_at)
select id, lead_id, customer_id, centre_id, consultant_id, starts_at, starts_at + interval '1 hour', status, booked_by,
       case when status = 'ARRIVED' then md5('fd-desk-' || c)::uuid end,
       case when status = 'ARRIVED' then starts_at + interval '5 minutes' end,
       case when status = 'NO_SHOW' then starts_at + interval '1 hour' end,
       case when status = 'CANCELLED' then starts_at - interval '1 day' end,
       case when status = 'ARRIVED' then (array['ENROLLED','THINKING','NOT_INTERESTED'])[i % 3 + 1] end,
       starts_at - interval '2 days', case when starts_at < now() + interval '1 day' then starts_at - interval '1 day' end,
       0, starts_at - interval '2 days', starts_at - interval '2 days'
  from (select seed.*, case when fate < 2 then 'CANCELLED' when starts_at >= now() then 'BOOKED'
                            when fate < 5 then 'NO_SHOW' else 'ARRIVED' end as status from seed) s;
vacuum analyze;
-- the seed's write-ahead log is written out now, not during the first measurement
checkpoint;
SQL

centre=$(psql_db -Atc "select md5('fd-centre-0')::uuid")
day=$(psql_db -Atc "select (now() at time zone 'Asia/Shanghai')::date")
expected=$(psql_db -Atc "select count(*) from marketing_appointment where centre_id = '$centre'
  and starts_at >= timestamp '$day 00:00' at time zone 'Asia/Shanghai'
  and starts_at < (timestamp '$day 00:00' + interval '1 day') at time zone 'Asia/Shanghai'")
echo "bench: centre 0 expects $expected visitors on $day"

token=""
for _ in $(seq 1 600); do
  token=$(curl -s -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"fddesk0","password":"Bench-Password-1"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] && break; sleep 0.2
done
[ -n "$token" ] || { echo "bench: no API token for the front desk" >&2; exit 1; }
api_path="/api/v1/appointments?centre=$centre&day=$day&limit=200"
curl -s -H "Authorization: Bearer $token" "$base$api_path" >"$work/api.json"
api_items=$(grep -o '"startsAt"' "$work/api.json" | wc -l)
[ "$api_items" = "$expected" ] || { echo "bench: the API listed $api_items of $expected: $(head -c 300 "$work/api.json")" >&2; exit 1; }

curl -s -c "$work/jar" -b "$work/jar" "$base/login" >"$work/login.html"
csrf=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$work/login.html" | head -n1)
curl -s -o /dev/null -c "$work/jar" -b "$work/jar" -X POST "$base/login" \
  --data-urlencode "username=fddesk0" --data-urlencode "password=Bench-Password-1" --data-urlencode "_csrf=$csrf"
cookie=$(sed 's/^#HttpOnly_//' "$work/jar" | awk '!/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "}')
page_path="/front-desk"
page_status=$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: $cookie" "$base$page_path")
page_rows=$(grep -c 'class="visitor"' "$work/page.html" || true)
[ "$page_status" = 200 ] && [ "$page_rows" = "$expected" ] \
  || { echo "bench: /front-desk answered $page_status with $page_rows rows of $expected" >&2; exit 1; }

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
# The best hand-written SQL for the same list: the centre's visits of the day with the visitor's, the consultant's,
# the booker's and the receiver's names, earliest first.
cat >"$work/list.sql" <<SQL
select a.id, a.lead_id, l.name, a.customer_id, cu.name, a.starts_at, a.ends_at, a.status, a.consultant_id,
       co.display_name, a.booked_by, bo.display_name, a.received_by, re.display_name, a.arrived_at, a.version
  from marketing_appointment a
  left join marketing_lead l on l.id = a.lead_id
  left join customer_customer cu on cu.id = a.customer_id
  left join identity_user co on co.id = a.consultant_id
  left join identity_user bo on bo.id = a.booked_by
  left join identity_user re on re.id = a.received_by
 where a.centre_id = '$centre'
   and a.starts_at >= timestamp '$day 00:00' at time zone 'Asia/Shanghai'
   and a.starts_at < (timestamp '$day 00:00' + interval '1 day') at time zone 'Asia/Shanghai'
 order by a.starts_at, a.id
 limit 201;
SQL
raw_rows=$(psql_db -At -f "$work/list.sql" | wc -l)
[ "$raw_rows" = "$expected" ] || { echo "bench: the raw SQL listed $raw_rows of $expected" >&2; exit 1; }
# percentiles (ms) of pgbench's per-statement log (its third column in microseconds)
pgbench_round() { # seconds -> "tps p50 p95 p99"
  rm -f "$work"/pgb.*
  pgbench -n -M prepared -c4 -j2 -T"$1" -l --log-prefix="$work/pgb" -f "$work/list.sql" "$pg_url/$db" >/dev/null 2>&1
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
awk -v a="$page_p95" -v b="$api_p95" 'BEGIN {exit !(a < 50 && b < 50)}' || verdict="missed"
[ "$errors" = 0 ] || verdict="$verdict; $errors failed"
[ "$timeouts" = 0 ] || verdict="$verdict; $timeouts over 2 s"
echo "front desk ($expected visitors of $appointments appointments): page p50 ${page_p50} p95 ${page_p95} p99 ${page_p99} ms" \
     "(${page_rps} req/s); API p50 ${api_p50} p95 ${api_p95} p99 ${api_p99} ms (${api_rps} req/s);" \
     "raw SQL p50 ${raw_p50} p95 ${raw_p95} p99 ${raw_p99} ms (${raw_tps} tx/s); target p95 < 50 ms: $verdict"

{
  echo "## Marketing: the front desk's visitors of the day (PostgreSQL)"
  echo
  echo "$appointments appointments seeded with SQL, one per lead (a tenth of them for a converted lead's customer too),"
  echo "over two years at $centres centres (about 55 visits a day each, 09:00-18:00 on the centre's clock, 8"
  echo "consultants a centre, 40 call-centre agents booking). As the front desk of one centre (role FRONT_DESK): the"
  echo "page \`GET /front-desk\` (signed in) and \`GET /api/v1/appointments?centre=&day=\` (bearer token) for today on"
  echo "the centre's clock, both checked to list the $expected visitors the database holds; 4 connections (wrk), 3"
  echo "rounds of ${seconds} s, median of the rounds' percentiles. Raw: pgbench (4 clients, prepared statement) running"
  echo "the best hand-written SELECT of the same list on the same tables, percentiles from its per-statement log."
  echo "Target: p95 < 50 ms (page and API)."
  echo
  echo "| date | machine | appointments | visitors today | page p50 / p95 / p99 | API p50 / p95 / p99 | raw SQL p50 / p95 / p99 | target |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "| $today | $machine | $appointments | $expected | ${page_p50} / ${page_p95} / ${page_p99} ms | ${api_p50} / ${api_p95} / ${api_p99} ms | ${raw_p50} / ${raw_p95} / ${raw_p99} ms | $verdict |"
} >"${BENCH_OUT:-$work}/frontdesk"
[ -n "${BENCH_OUT:-}" ] || cat "$work/frontdesk"
