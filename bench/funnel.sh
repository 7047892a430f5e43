#!/usr/bin/env bash
# Marketing's funnel on PostgreSQL (issue 16). Seeded with SQL: N leads (1,000,000) over a year across 40 campaigns
# (a tenth without one), 5 centres and 50 agents; about half booked (one appointment each), 70 % of those arrived, 20 %
# no-shows, 10 % cancelled; half the arrivals consulted, a third of the arrivals converted to a customer with a signed
# order five days after the lead; each campaign a cost a month. Measured: GET /api/v1/marketing/funnel for that year
# grouped by campaign and by month (the administrator's bearer token, one request at a time, median of 5 after 2
# warm-ups) against the best hand-written SQL for the same counts, revenue, mean times and costs (psql, median of 5).
# Target: within 1.5 × the raw SQL. Sourced by bench/run.
set -euo pipefail

pg_url=${PYRA_BENCH_PG:-postgresql://postgres@localhost:5432}
db="pyra_bench_$RANDOM$RANDOM"
port=$((20000 + RANDOM % 20000))
leads=${FUNNEL_LEADS:-1000000}
runs=${FUNNEL_RUNS:-5}
work=$(mktemp -d)
today=${today:-$(date -u +%Y-%m-%d)}
machine=${machine:-"$(nproc) cores, $(uname -m)"}
base="http://localhost:$port"
from=2025-12-01
to=2026-11-30

psql_db() { psql -q -v ON_ERROR_STOP=1 "$pg_url/$db" "$@"; }
cleanup() {
  if [ -n "${app_pid:-}" ]; then kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true; fi
  psql -q "$pg_url/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
if ! declare -F median >/dev/null; then
  median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
fi

psql -q "$pg_url/postgres" -c "CREATE DATABASE $db" >/dev/null
# shellcheck disable=SC2086
PYRA_DB_URL="jdbc:postgresql://localhost:5432/$db" PYRA_DB_USER=postgres PYRA_PORT=$port \
  PYRA_ADMIN_PASSWORD=Bench-Password-1 java ${PYRA_JVM_CACHE:-} ${PYRA_BENCH_JVM_OPTS:-} -Xmx1g -jar target/app/pyra.jar \
  >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 900); do grep -q 'Started PyraApplication' "$work/app.log" && break; sleep 0.2; done
grep -q 'Started PyraApplication' "$work/app.log" || { tail -30 "$work/app.log"; exit 1; }

echo "bench: seeding $leads leads with their appointments, customers' orders and campaign costs"
psql_db <<SQL
insert into identity_org_unit (id, parent_id, kind, code, name, time_zone, path, version, created_at, updated_at)
select md5('fb-centre-' || c)::uuid, r.id, 'BRANCH', 'FB_CENTRE_' || c, 'Funnel centre ' || c, 'Asia/Shanghai',
       r.path || md5('fb-centre-' || c)::uuid || '/', 0, now(), now()
  from generate_series(0, 4) c cross join identity_org_unit r where r.parent_id is null;
insert into identity_user (id, username, display_name, email, org_unit_id, locale, active, password_hash,
                           password_changed_at, version, created_at, updated_at)
select md5('fb-user-' || u)::uuid, 'fbuser' || u, 'Funnel person ' || u, 'fbuser' || u || '@example.com',
       md5('fb-centre-' || (u % 5))::uuid, 'en', true, a.password_hash, now(), 0, now(), now()
  from generate_series(0, 99) u cross join (select password_hash from identity_user where username = 'admin') a;
insert into marketing_campaign (id, code, name, channel_id, budget_amount, budget_currency, starts_on, owner_id,
                                org_unit_id, status, version, created_at, updated_at)
select md5('fc' || k)::uuid, 'FB-' || k, 'Funnel campaign ' || k,
       (select id from marketing_channel order by sort_order, code offset (k % 5) limit 1), 100000, 'CNY',
       date '$from', md5('fb-user-' || (k % 50))::uuid, md5('fb-centre-' || (k % 5))::uuid, 'ACTIVE', 0, now(), now()
  from generate_series(0, 39) k;
insert into marketing_campaign_cost (id, campaign_id, spent_on, amount, currency, created_at)
select md5('fk' || k || '-' || m)::uuid, md5('fc' || k)::uuid, (date '$from' + (m || ' months')::interval)::date + 14,
       1000 + k * 10 + m, 'CNY', now()
  from generate_series(0, 39) k cross join generate_series(0, 11) m;

create temp table seed as
select i, md5('fl' || i)::uuid as lead_id,
       timestamptz '$from 00:00:00+08' + ((i - 1)::float8 / $leads) * interval '365 days' + (i % 7) * interval '1 minute' as at,
       case when i % 10 = 0 then null else md5('fc' || (i % 40))::uuid end as campaign_id,
       i % 2 = 0 as booked, (i / 2) % 10 as fate, i % 3 = 0 as converts
  from generate_series(1, $leads) i;
insert into marketing_lead (id, campaign_id, source, name, phone, centre_id, status, consent_email, consent_sms,
                            consent_phone, customer_id, owner_id, org_unit_id, version, created_at, updated_at, converted_at)
select lead_id, campaign_id, (array['WEB_FORM','PHONE','WALK_IN','REFERRAL','EVENT'])[i % 5 + 1], 'Lead ' || i,
       '+86138' || lpad(i::text, 8, '0'), md5('fb-centre-' || (i % 5))::uuid,
       case when booked and fate < 7 and converts then 'CONVERTED' else 'NEW' end, false, false, false,
       case when booked and fate < 7 and converts then md5('fcu' || i)::uuid end,
       md5('fb-user-' || (i % 50))::uuid, md5('fb-centre-' || (i % 5))::uuid, 0, at, at,
       case when booked and fate < 7 and converts then at + interval '5 days' end
  from seed;
insert into marketing_appointment (id, lead_id, customer_id, campaign_id, centre_id, consultant_id, starts_at, ends_at,
                                   status, booked_by, arrived_at, no_show_at, cancelled_at, consultation_record_id,
                                   outcome, version, created_at, updated_at)
select md5('fa' || i)::uuid, lead_id, null, campaign_id, md5('fb-centre-' || (i % 5))::uuid,
       md5('fb-user-' || (50 + i % 50))::uuid, at + interval '2 days', at + interval '2 days 1 hour',
       case when fate < 7 then 'ARRIVED' when fate < 9 then 'NO_SHOW' else 'CANCELLED' end,
       md5('fb-user-' || (i % 50))::uuid,
       case when fate < 7 then at + interval '2 days' end, case when fate in (7, 8) then at + interval '2 days 1 hour' end,
       case when fate = 9 then at + interval '1 day' end,
       case when fate < 7 and i % 4 < 2 then md5('fr' || i)::uuid end, null, 0, at + interval '3 hours', at
  from seed where booked;
insert into sales_order (id, number, kind, status, customer_id, owner_id, org_unit_id, ordered_at, order_day, currency,
                         exchange_rate, amount, cost, amount_base, cost_base, paid, refunded, line_count, version,
                         created_at, updated_at)
select md5('fo' || i)::uuid, 'FB-' || i, 'CONTRACT', 'SIGNED', md5('fcu' || i)::uuid, md5('fb-user-' || (50 + i % 50))::uuid,
       md5('fb-centre-' || (i % 5))::uuid, at + interval '5 days', ((at + interval '5 days') at time zone 'Asia/Shanghai')::date,
       'CNY', 1, 5000 + (i % 7) * 1000, 1000, 5000 + (i % 7) * 1000, 1000, 0, 0, 1, 0, at + interval '5 days', at + interval '5 days'
  from seed where booked and fate < 7 and converts;
analyze;
SQL

token=$(curl -s -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"Bench-Password-1"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "bench: no API token from the application" >&2; exit 1; }

# The best raw SQL by hand for the same figures: each lead's steps, its customer's sales from the lead's day, grouped
# by the campaign or the month, and the campaigns' costs.
raw_sql() { # group expression
  cat <<SQL
\\timing on
select $1 as k, count(*), sum(a.booked), sum(a.arrived), sum(a.consulted),
       sum(case when a.booked = 1 and a.kept = 0 then 1 else 0 end), count(s.lead_id), coalesce(sum(s.revenue), 0),
       sum(extract(epoch from a.first_booked - l.created_at)), count(a.first_booked),
       sum(extract(epoch from a.first_arrival - a.first_booked)), count(a.first_arrival)
  from marketing_lead l
  left join (select lead_id, max(case when status <> 'CANCELLED' then 1 else 0 end) as booked,
                    max(case when status = 'ARRIVED' then 1 else 0 end) as arrived,
                    max(case when status in ('BOOKED', 'ARRIVED') then 1 else 0 end) as kept,
                    max(case when consultation_record_id is not null or outcome is not null then 1 else 0 end) as consulted,
                    min(created_at) filter (where status <> 'CANCELLED') as first_booked,
                    min(arrived_at) filter (where status = 'ARRIVED') as first_arrival
               from marketing_appointment group by lead_id) a on a.lead_id = l.id
  left join (select l2.id as lead_id, sum(d.net_revenue) as revenue
               from marketing_lead l2
               join sales_customer_day_view d on d.customer_id = l2.customer_id
                and d.sale_day >= (l2.created_at at time zone 'Asia/Shanghai')::date and d.sale_day <= date '$to'
              where l2.created_at >= timestamptz '$from 00:00:00+08' and l2.created_at < timestamptz '$to 00:00:00+08' + interval '1 day'
              group by l2.id having sum(d.sales) > 0) s on s.lead_id = l.id
 where l.created_at >= timestamptz '$from 00:00:00+08' and l.created_at < timestamptz '$to 00:00:00+08' + interval '1 day'
 group by 1;
select campaign_id, date_trunc('month', spent_on), sum(amount) from marketing_campaign_cost
 where spent_on between date '$from' and date '$to' group by 1, 2;
SQL
}
measure_raw() { # group expression -> median seconds
  raw_sql "$1" >"$work/raw.sql"
  psql_db -f "$work/raw.sql" >/dev/null # warm-up
  for _ in $(seq 1 "$runs"); do
    psql_db -f "$work/raw.sql" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | awk '{s += $1} END {printf "%.3f\n", s / 1000}'
  done | median
}
measure_api() { # groupBy -> median seconds
  local path="/api/v1/marketing/funnel?from=$from&to=$to&groupBy=$1"
  local status
  status=$(curl -s -o "$work/answer.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$base$path")
  [ "$status" = 200 ] || { echo "bench: the funnel answered $status: $(head -c 300 "$work/answer.json")" >&2; exit 1; }
  curl -s -o /dev/null -H "Authorization: Bearer $token" "$base$path"
  for _ in $(seq 1 "$runs"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$base$path"
  done | median | awk '{printf "%.3f\n", $1}'
}

echo "bench: the funnel by campaign"
api_campaign=$(measure_api campaign)
raw_campaign=$(measure_raw "l.campaign_id")
total_leads=$(sed -n 's/.*"total":{[^}]*"leads":\([0-9]*\).*/\1/p' "$work/answer.json")
echo "bench: the funnel by month"
api_month=$(measure_api month)
raw_month=$(measure_raw "date_trunc('month', l.created_at at time zone 'Asia/Shanghai')")
ratio_campaign=$(echo "$api_campaign / $raw_campaign" | bc -l | awk '{printf "%.2f", $1}')
ratio_month=$(echo "$api_month / $raw_month" | bc -l | awk '{printf "%.2f", $1}')
echo "funnel over $leads leads (a year: $total_leads): by campaign ${api_campaign}s (raw ${raw_campaign}s, ratio $ratio_campaign); by month ${api_month}s (raw ${raw_month}s, ratio $ratio_month)"

{
  echo "## Marketing: the funnel (PostgreSQL)"
  echo
  echo "$leads leads seeded with SQL over a year (40 campaigns, 5 centres, 50 agents), about half with an appointment,"
  echo "70 % of those arrived, a third of the arrivals signed. \`GET /api/v1/marketing/funnel\` for the year grouped by"
  echo "campaign and by month (administrator's bearer token, one request at a time, median of $runs after 2 warm-ups)"
  echo "against the best hand-written SQL for the same counts, revenue, mean times and costs (psql, median of $runs)."
  echo "Target: within 1.5 × the raw SQL."
  echo
  echo "| date | machine | leads | by campaign | raw SQL | ratio | by month | raw SQL | ratio |"
  echo "|---|---|---|---|---|---|---|---|---|"
  echo "| $today | $machine | $leads | ${api_campaign} s | ${raw_campaign} s | $ratio_campaign | ${api_month} s | ${raw_month} s | $ratio_month |"
} >"${BENCH_OUT:-$work}/funnel"
