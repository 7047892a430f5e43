#!/usr/bin/env bash
# Sales by month on PostgreSQL: GET /api/v1/sales/summary?groupBy=month for one year over N order lines of
# N/5 customers (seeded with SQL), against the best plain SQL aggregate computing the same figures on the same
# tables (counted sales, distinct customers, gross, credit notes, cost, and refunds by the day they were made),
# run by psql. Interleaved rounds; the ratio is the median of the rounds' API time / SQL time. Sourced by bench/run.
set -euo pipefail

pg_url=${PYRA_BENCH_PG:-postgresql://postgres@localhost:5432}
db="pyra_bench_$RANDOM$RANDOM"
port=$((20000 + RANDOM % 20000))
lines=${SALES_LINES:-5000000}
customers=$((lines / 5))
orders=$((lines / 4))
rounds=${SALES_ROUNDS:-7}
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

psql -q "$pg_url/postgres" -c "CREATE DATABASE $db" >/dev/null
# shellcheck disable=SC2086
PYRA_DB_URL="jdbc:postgresql://localhost:5432/$db" PYRA_DB_USER=postgres PYRA_PORT=$port \
  PYRA_ADMIN_PASSWORD=Bench-Password-1 java ${PYRA_JVM_CACHE:-} -Xmx1g -jar target/app/pyra.jar >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 900); do grep -q 'Started PyraApplication' "$work/app.log" && break; sleep 0.2; done
grep -q 'Started PyraApplication' "$work/app.log" || { tail -30 "$work/app.log"; exit 1; }
for _ in $(seq 1 100); do psql_db -Atc "select count(*) from identity_user" 2>/dev/null | grep -q 1 && break; sleep 0.2; done

echo "bench: seeding $customers customers, $orders orders with $lines lines over 2025 and 2026 (not measured)"
seed_started=$(date +%s)
psql_db <<SQL
-- ten teams of a branch, 200 course consultants
insert into identity_org_unit (id, parent_id, kind, code, name, time_zone, path, version, created_at, updated_at)
select md5('sb-branch')::uuid, r.id, 'BRANCH', 'SB_BRANCH', 'Sales bench branch', 'Asia/Shanghai',
       r.path || md5('sb-branch')::uuid || '/', 0, now(), now()
  from identity_org_unit r where r.parent_id is null;
insert into identity_org_unit (id, parent_id, kind, code, name, time_zone, path, version, created_at, updated_at)
select md5('sb-team-' || t)::uuid, b.id, 'TEAM', 'SB_TEAM_' || t, 'Sales bench team ' || t, 'Asia/Shanghai',
       b.path || md5('sb-team-' || t)::uuid || '/', 0, now(), now()
  from generate_series(0, 9) t cross join identity_org_unit b where b.code = 'SB_BRANCH';
insert into identity_user (id, username, display_name, email, org_unit_id, locale, active, password_hash,
                           password_changed_at, version, created_at, updated_at)
select md5('sb-user-' || i)::uuid, 'sb' || i, 'Seller ' || i, 'sb' || i || '@example.com',
       md5('sb-team-' || (i % 10))::uuid, 'en', true, a.password_hash, now(), 0, now(), now()
  from generate_series(0, 199) i cross join (select password_hash from identity_user where username = 'admin') a;

-- the customers, owned by the sellers, in four countries
insert into customer_customer (id, code, kind, name, name_key, stage, owner_id, org_unit_id, country, version,
                               created_at, updated_at)
select md5('sc' || i)::uuid, 'SC-' || lpad(i::text, 7, '0'), 'PERSON', 'Buyer ' || i, 'buyer' || i, 'ACTIVE',
       md5('sb-user-' || (i % 200))::uuid, md5('sb-team-' || (i % 10))::uuid,
       (array['CN','GB','DE','SG'])[1 + i % 4], 0, now(), now()
  from generate_series(0, $customers - 1) i;

insert into sales_product_category (id, parent_id, code, name_en, name_zh, sort_order, active, version)
select md5('sk' || i)::uuid, null, 'SK' || i, 'Category ' || i, '类别 ' || i, i, true, 0 from generate_series(0, 19) i;
insert into sales_product (id, code, name, category_id, unit, list_price, unit_cost, currency, active, version,
                           created_at, updated_at)
select md5('sp' || i)::uuid, 'SP' || i, 'Course ' || i, md5('sk' || (i % 20))::uuid, 'COURSE', 100 + i, 40 + i,
       'CNY', true, 0, now(), now()
  from generate_series(0, 499) i;

-- orders of four lines each over two years: 5 % credit notes, 4 % drafts, 3 % cancelled, 10 % in US dollars,
-- 3 % anonymous; order i belongs to customer i % customers and is written by that customer's owner
insert into sales_order (id, number, kind, status, customer_id, owner_id, org_unit_id, ordered_at, order_day,
                         currency, exchange_rate, amount, cost, amount_base, cost_base, paid, refunded, line_count,
                         source, version, created_at, updated_at)
select md5('so' || i)::uuid, 'SO-' || i,
       case when i % 20 = 0 then 'CREDIT_NOTE' when i % 7 = 0 then 'CONTRACT' else 'ORDER' end,
       case when i % 25 = 1 then 'DRAFT' when i % 33 = 2 then 'CANCELLED' when i % 5 = 3 then 'SIGNED' else 'COMPLETED' end,
       case when i % 33 = 5 then null else md5('sc' || (i % $customers))::uuid end,
       md5('sb-user-' || ((i % $customers) % 200))::uuid, md5('sb-team-' || ((i % $customers) % 10))::uuid,
       d + interval '10 hours', d, case when i % 10 = 4 then 'USD' else 'CNY' end,
       case when i % 10 = 4 then 7.1 else 1 end,
       a, c, a * case when i % 10 = 4 then 7.1 else 1 end, c * case when i % 10 = 4 then 7.1 else 1 end,
       0, 0, 4, (array['WALK_IN','PHONE','WEB','REFERRAL'])[1 + i % 4], 0, now(), now()
  from (select i, date '2025-01-01' + (i % 730) as d,
               (case when i % 20 = 0 then -1 else 1 end) * (4 * (100 + i % 500) + 10)::numeric(21,6) as a,
               (case when i % 20 = 0 then -1 else 1 end) * (4 * (40 + i % 500))::numeric(21,6) as c
          from generate_series(0, $orders - 1) i) s;
insert into sales_order_line (order_id, line_no, product_id, quantity, unit_price, discount_percent, unit_cost,
                              amount, cost)
select md5('so' || i)::uuid, n, md5('sp' || ((i + n) % 500))::uuid,
       case when i % 20 = 0 then -1 else 1 end, 100 + i % 500 + case when n = 1 then 10 else 0 end, 0, 40 + i % 500,
       (case when i % 20 = 0 then -1 else 1 end) * (100 + i % 500 + case when n = 1 then 10 else 0 end),
       (case when i % 20 = 0 then -1 else 1 end) * (40 + i % 500)
  from generate_series(0, $orders - 1) i cross join generate_series(1, 4) n;
-- refunds of 2 % of the sales, a week after the order
insert into sales_refund (id, order_id, amount, reason, refunded_at, refunded_on, created_at)
select md5('sr' || i)::uuid, md5('so' || i)::uuid, 25, 'bench', date '2025-01-01' + (i % 730) + 7, date '2025-01-01' + (i % 730) + 7, now()
  from generate_series(0, $orders - 1) i where i % 50 = 3 and i % 20 <> 0;
vacuum analyze;
SQL
seed_seconds=$(( $(date +%s) - seed_started ))
echo "bench: seeded in ${seed_seconds}s"

token=$(curl -s -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"Bench-Password-1"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "bench: no token" >&2; exit 1; }
url="$base/api/v1/sales/summary?groupBy=month&from=2025-01-01&to=2025-12-31"

# the best plain SQL: one pass over the covering day index for the orders, one over the refunds' day index
cat >"$work/best.sql" <<'SQL'
\timing on
with s as (
  select date_trunc('month', o.order_day) as m,
         count(*) filter (where o.kind in ('ORDER', 'CONTRACT')) as orders,
         count(distinct o.customer_id) filter (where o.kind in ('ORDER', 'CONTRACT')) as customers,
         sum(o.amount_base) filter (where o.kind in ('ORDER', 'CONTRACT')) as gross,
         coalesce(sum(o.amount_base) filter (where o.kind = 'CREDIT_NOTE'), 0) as credit,
         sum(o.cost_base) as cost
    from sales_order o
   where o.status in ('SIGNED', 'ACTIVE', 'COMPLETED') and o.order_day between date '2025-01-01' and date '2025-12-31'
   group by 1),
r as (
  select date_trunc('month', f.refunded_on) as m, sum(f.amount * o.exchange_rate) as refunded
    from sales_refund f join sales_order o on o.id = f.order_id
   where o.status in ('SIGNED', 'ACTIVE', 'COMPLETED') and o.kind in ('ORDER', 'CONTRACT')
     and f.refunded_on between date '2025-01-01' and date '2025-12-31'
   group by 1)
select s.m, s.orders, s.customers, s.gross, s.credit - coalesce(r.refunded, 0) as returns,
       s.gross + s.credit - coalesce(r.refunded, 0) as net, s.cost,
       s.gross + s.credit - coalesce(r.refunded, 0) - s.cost as margin
  from s left join r on r.m = s.m order by s.m;
SQL
api() { curl -s -o "$work/api.json" -w '%{time_total}' -H "Authorization: Bearer $token" "$url"; }
sql() { psql_db -f "$work/best.sql" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n1 | awk '{printf "%.6f\n", $1 / 1000}'; }

# warm up both (the JIT, the buffer cache), then check that they agree on the year's net
for _ in 1 2 3; do api >/dev/null; sql >/dev/null; done
api_net=$(python3 -c "import json,sys; d=json.load(open('$work/api.json')); print(sum(float(r['net']) for r in d['rows']))")
sql_net=$(psql_db -At -f "$work/best.sql" | grep '|' | awk -F'|' '{s += $6} END {printf "%.2f\n", s}')
echo "bench: the year's net: API $api_net, SQL $sql_net"

: >"$work/api"; : >"$work/sql"; : >"$work/ratio"
for round in $(seq 1 "$rounds"); do
  a=$(api); s=$(sql)
  echo "$a" >>"$work/api"; echo "$s" >>"$work/sql"
  awk -v a="$a" -v s="$s" 'BEGIN {printf "%.3f\n", a / s}' >>"$work/ratio"
  echo "bench: round $round: API ${a}s, SQL ${s}s"
done
api_median=$(median <"$work/api"); sql_median=$(median <"$work/sql"); ratio=$(median <"$work/ratio")
echo "bench: sales by month: API ${api_median}s, SQL ${sql_median}s, ratio ${ratio} (target at most 1.5)"

# Customer value on the same data (issue 14): the full rebuild of analytics' figures against the best raw SQL
# aggregate over the order lines (each customer's net revenue of the year, line by line), and the
# pyramid as of the year's end against the same aggregate. Targets: rebuild within 1.1x, pyramid within 0.1x.
cat >"$work/raw.sql" <<'SQL'
\timing on
select count(*), sum(net) from (
  select o.customer_id, sum(l.amount * o.exchange_rate) as net
    from sales_order o join sales_order_line l on l.order_id = o.id
   where o.status in ('SIGNED', 'ACTIVE', 'COMPLETED') and o.customer_id is not null
     and o.order_day between date '2025-01-01' and date '2025-12-31'
   group by o.customer_id) x;
SQL
raw() { psql_db -f "$work/raw.sql" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n1 | awk '{printf "%.6f\n", $1 / 1000}'; }
rebuild() { curl -s -o "$work/rebuild.json" -w '%{time_total}' -X POST -H "Authorization: Bearer $token" "$base/api/v1/analytics/figures/rebuild"; }
api() { curl -s -o "$work/$1.json" -w '%{time_total}' -H "Authorization: Bearer $token" "$base$2"; }
snapshot() {
  curl -s -o "$work/snapshot.json" -w '%{time_total}' -X POST -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "{\"scheme\":\"REVENUE_SHARES\",\"from\":\"$1\",\"to\":\"$1\"}" \
    "$base/api/v1/analytics/snapshots"
}
pyramid() { api pyramid "/api/v1/analytics/pyramid?asOf=2025-12-31"; }
live() { api live "/api/v1/analytics/pyramid?asOf=2025-12-30"; }
migration() { api migration "/api/v1/analytics/migration?from=2025-11&to=2025-12"; }
rfm() { api rfm "/api/v1/analytics/rfm?asOf=2025-12-31"; }
grades() { api grades "/api/v1/analytics/grades?limit=100"; }
grading() {
  curl -s -o "$work/grading.json" -w '%{time_total}' -X POST -H "Authorization: Bearer $token" \
    "$base/api/v1/analytics/grades/compute?asOf=2025-12-31"
}
raw >/dev/null; rebuild >/dev/null
snapshot 2025-11 >"$work/snapshot-nov"; echo >>"$work/snapshot-nov"
: >"$work/raw"; : >"$work/rebuild"; : >"$work/pyramid"; : >"$work/live"; : >"$work/migration"; : >"$work/snapshot"
: >"$work/rfm"; : >"$work/grades"; : >"$work/grading"
for round in 1 2 3; do
  raw >>"$work/raw"; rebuild >>"$work/rebuild"; echo >>"$work/rebuild"
  snapshot 2025-12 >>"$work/snapshot"; echo >>"$work/snapshot"
  pyramid >/dev/null; migration >/dev/null
  pyramid >>"$work/pyramid"; echo >>"$work/pyramid"
  live >>"$work/live"; echo >>"$work/live"
  migration >>"$work/migration"; echo >>"$work/migration"
  rfm >/dev/null; rfm >>"$work/rfm"; echo >>"$work/rfm"
  grading >>"$work/grading"; echo >>"$work/grading"
  grades >/dev/null; grades >>"$work/grades"; echo >>"$work/grades"
done
sed -i '/^$/d' "$work/rebuild" "$work/pyramid" "$work/live" "$work/migration" "$work/snapshot" "$work/rfm" "$work/grades" "$work/grading"
raw_median=$(median <"$work/raw"); rebuild_median=$(median <"$work/rebuild"); pyramid_median=$(median <"$work/pyramid")
live_median=$(median <"$work/live"); migration_median=$(median <"$work/migration"); snapshot_median=$(median <"$work/snapshot")
rfm_median=$(median <"$work/rfm"); grades_median=$(median <"$work/grades"); grading_median=$(median <"$work/grading")
rfm_ratio=$(awk -v a="$rfm_median" -v s="$raw_median" 'BEGIN {printf "%.3f\n", a / s}')
grades_ratio=$(awk -v a="$grades_median" -v s="$raw_median" 'BEGIN {printf "%.3f\n", a / s}')
grading_ratio=$(awk -v a="$grading_median" -v s="$raw_median" 'BEGIN {printf "%.3f\n", a / s}')
rebuild_ratio=$(awk -v a="$rebuild_median" -v s="$raw_median" 'BEGIN {printf "%.3f\n", a / s}')
pyramid_ratio=$(awk -v a="$pyramid_median" -v s="$raw_median" 'BEGIN {printf "%.3f\n", a / s}')
live_ratio=$(awk -v a="$live_median" -v s="$raw_median" 'BEGIN {printf "%.3f\n", a / s}')
snapshot_ratio=$(awk -v a="$snapshot_median" -v s="$raw_median" 'BEGIN {printf "%.3f\n", a / s}')
active=$(python3 -c "import json; print(json.load(open('$work/pyramid.json'))['activeCustomers'])")
moved=$(python3 -c "import json; print(sum(c['customers'] for c in json.load(open('$work/migration.json'))['cells']))")
echo "bench: customer value: rfm counts ${rfm_median}s (${rfm_ratio}), grading ${grading_median}s (${grading_ratio}), grading report ${grades_median}s (${grades_ratio})"
echo "bench: customer value: raw aggregate ${raw_median}s, rebuild ${rebuild_median}s (${rebuild_ratio}), snapshot ${snapshot_median}s (${snapshot_ratio}), pyramid ${pyramid_median}s (${pyramid_ratio}), live pyramid ${live_median}s (${live_ratio}), migration ${migration_median}s over ${active} active customers, ${moved} in the matrix"

{
  echo "## Customer value over $lines order lines (PostgreSQL)"
  echo
  echo "On the data of \"Sales by month\" above, signed in as an administrator (every customer), against the best raw"
  echo "SQL aggregate over the order lines (net revenue per customer for 2025) in psql; warmed up, median of 3 rounds:"
  echo
  echo "- rebuild: \`POST /api/v1/analytics/figures/rebuild\`, every customer's figures per day from the sales record"
  echo "  (both years); target within 1.1x;"
  echo "- snapshot: \`POST /api/v1/analytics/snapshots\` of 2025-12 (rank shares 1/4/15/80 % over 12 months), the job"
  echo "  that tiers every customer at a month end;"
  echo "- pyramid: \`GET /api/v1/analytics/pyramid?asOf=2025-12-31\`, read from that snapshot; target within 0.1x;"
  echo "- live pyramid: the same as of 2025-12-30, a day that is no month end, computed from the figures;"
  echo "- migration: \`GET /api/v1/analytics/migration?from=2025-11&to=2025-12\` between two snapshots; target 200 ms;"
  echo "- RFM counts: \`GET /api/v1/analytics/rfm?asOf=2025-12-31\`, read from the snapshot; target within 0.1x;"
  echo "- grading: \`POST /api/v1/analytics/grades/compute?asOf=2025-12-31\`, the job that grades every active customer;"
  echo "- grading report: \`GET /api/v1/analytics/grades?limit=100\`, the first page of the stored grades; target within 0.1x."
  echo
  echo "| date | machine | raw aggregate | rebuild | ratio | snapshot | ratio | pyramid | ratio | live pyramid | ratio | migration | RFM counts | ratio | grading | ratio | grading report | ratio | active customers |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  echo "| $today | $machine | ${raw_median} s | ${rebuild_median} s | ${rebuild_ratio} | ${snapshot_median} s | ${snapshot_ratio} | ${pyramid_median} s | ${pyramid_ratio} | ${live_median} s | ${live_ratio} | ${migration_median} s | ${rfm_median} s | ${rfm_ratio} | ${grading_median} s | ${grading_ratio} | ${grades_median} s | ${grades_ratio} | ${active} |"
} >"$BENCH_OUT/customer-value"

{
  echo "## Sales by month over $lines order lines (PostgreSQL)"
  echo
  echo "\`GET /api/v1/sales/summary?groupBy=month\` for one year (2025) over $lines order lines ($orders orders of"
  echo "$customers customers over two years, seeded with SQL), signed in with an administrator's token, against the"
  echo "best plain SQL computing the same figures on the same tables (one grouped pass over the orders' covering"
  echo "day index, one over the refunds) in psql; warmed up, then $rounds interleaved rounds; the ratio (API time /"
  echo "SQL time, target at most 1.5) is the median of the rounds' ratios."
  echo
  echo "| date | machine | API (median) | SQL (median) | ratio | seeding | runs API / SQL |"
  echo "|---|---|---|---|---|---|---|"
  echo "| $today | $machine | ${api_median} s | ${sql_median} s | ${ratio} | ${seed_seconds} s | $(paste -sd' ' "$work/api") / $(paste -sd' ' "$work/sql") |"
} >"$BENCH_OUT/sales-analysis"
