#!/usr/bin/env bash
# Customer benchmarks on PostgreSQL: known-caller lookup over HTTP vs pgbench on the same SQL, and the
# latency of the customer list and search at N customers. Sourced by bench/run (uses its helpers).
set -euo pipefail

pg_url=${PYRA_BENCH_PG:-postgresql://postgres@localhost:5432}
db="pyra_bench_$RANDOM$RANDOM"
port=$((20000 + RANDOM % 20000))
n=${CUSTOMERS:-1000000}
seconds=${SECONDS_PER_RUN:-15}
work=$(mktemp -d)

psql_db() { psql -q -v ON_ERROR_STOP=1 "$pg_url/$db" "$@"; }
cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  psql -q "$pg_url/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; }
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }

psql -q "$pg_url/postgres" -c "CREATE DATABASE $db" >/dev/null
# shellcheck disable=SC2086
PYRA_DB_URL="jdbc:postgresql://localhost:5432/$db" PYRA_DB_USER=postgres PYRA_PORT=$port \
  PYRA_ADMIN_PASSWORD=Bench-Password-1 java $PYRA_JVM_CACHE -Xmx1g -jar target/app/pyra.jar >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 900); do grep -q 'Started PyraApplication' "$work/app.log" && break; sleep 0.2; done
grep -q 'Started PyraApplication' "$work/app.log" || { tail -30 "$work/app.log"; exit 1; }
for _ in $(seq 1 100); do psql_db -Atc "select count(*) from identity_user" 2>/dev/null | grep -q 1 && break; sleep 0.2; done

echo "bench: loading $n customers (not measured)"
psql_db <<SQL
-- each row written once, its name key computed in the same INSERT (as Pyra's import writes it): an UPDATE of
-- every row afterwards would leave the first half of the table empty pages, which every scan then reads
insert into customer_customer (id, code, kind, name, name_key, stage, owner_id, org_unit_id, city, version, created_at, updated_at)
select id, code, kind, name, lower(replace(name, ' ', '')), stage, owner_id, org_unit_id, city, 0, now(), now()
  from (select md5(i::text)::uuid as id, 'B-' || lpad(i::text, 8, '0') as code,
               case when i % 3 = 0 then 'ORGANIZATION' else 'PERSON' end as kind,
               case when i % 2 = 0 then (array['王','李','张','刘','陈','杨'])[1 + i % 6] || (array['伟','芳','娜','敏','静','强','磊'])[1 + i % 7] || i
                    else (array['James','Mary','John','Linda','David','Emma'])[1 + i % 6] || ' ' || (array['Smith','Chan','Wong','Brown','Lee'])[1 + i % 5] || ' ' || i end as name,
               (array['PROSPECT','NEW','ACTIVE','INACTIVE'])[1 + i % 4] as stage,
               u.id as owner_id, u.org_unit_id, (array['北京','上海','Hong Kong','London'])[1 + i % 4] as city
          from generate_series(1, $n) i cross join (select id, org_unit_id from identity_user where username = 'admin') u) s;
insert into customer_phone (customer_id, position, number, label)
select md5(i::text)::uuid, 0, '+86139' || lpad(i::text, 8, '0'), 'mobile' from generate_series(1, $n) i;
insert into customer_email (customer_id, position, address, label)
select md5(i::text)::uuid, 0, 'c' || i || '@example.com', null from generate_series(1, $n) i;
analyze;
SQL

# the first start creates the administrator a moment after "Started": ask until a token comes
token=""
for _ in $(seq 1 600); do
  token=$(curl -s -X POST "http://localhost:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"Bench-Password-1"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] && break
  sleep 0.2
done
[ -n "$token" ] || { echo "bench: no API token from the application" >&2; exit 1; }
[ -n "$token" ] || { echo "bench: no token" >&2; exit 1; }

cat >"$work/lookup.lua" <<LUA
local n = $n
request = function()
  local i = math.random(1, n)
  return wrk.format("GET", string.format("/api/v1/customers/lookup?phone=%%2B86139%08d", i), {["Authorization"] = "Bearer $token"})
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
cat >"$work/path.lua" <<LUA
local paths = {}
for line in io.lines("$work/paths") do paths[#paths + 1] = line end
request = function()
  return wrk.format("GET", paths[math.random(1, #paths)], {["Authorization"] = "Bearer $token"})
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.errors.status))
end
LUA
# the statements Pyra's lookup runs for a viewer who sees all customers: the cards (phone of the customer or of
# one of its contacts) with their contacts, then the latest five contact records of each card (by the ids the
# first statement found, as Pyra passes them: the loader gives customer i the id md5(i))
cat >"$work/lookup.sql" <<SQL
\\set i random(1, $n)
select c.id, c.code, c.kind, c.name, c.stage, c.owner_id, u.display_name as owner_name,
       k.id as contact_id, k.name as contact_name, k.title, k.phone, k.email
  from (select c.id, c.code, c.kind, c.name, c.name_key, c.stage, c.owner_id from customer_customer c
         where c.deleted_at is null and 1 = 1
           and c.id in (select p.customer_id from customer_phone p where p.number = '+86139' || lpad(:i::text, 8, '0')
                        union select k.customer_id from customer_contact k where k.phone = '+86139' || lpad(:i::text, 8, '0'))
         order by c.name_key, c.id
         fetch first 20 rows only) c
  left join identity_user u on u.id = c.owner_id
  left join customer_contact k on k.customer_id = c.id
 order by c.name_key, c.id, k.name, k.id;
select x.id, x.customer_id, x.occurred_at, x.type, x.name_en, x.name_zh, x.channel, x.direction, x.subject, x.author_id
  from (select r.id, r.customer_id, r.occurred_at, t.code as type, t.name_en, t.name_zh, r.channel, r.direction,
               r.subject, r.author_id,
               row_number() over (partition by r.customer_id order by r.occurred_at desc, r.id desc) as n
          from interaction_record r join interaction_type t on t.id = r.type_id
         where r.customer_id in (md5(:i::text)::uuid)) x
 where x.n <= 5
 order by x.customer_id, x.occurred_at desc, x.id desc;
SQL

# warm up both
# (the JIT compilers need about half a minute of load before Pyra runs at its speed)
wrk -t2 -c16 -d30s -s "$work/lookup.lua" "http://localhost:$port" >/dev/null
pgbench -n -c4 -j2 -T5 -f "$work/lookup.sql" "$pg_url/$db" >/dev/null 2>&1

for round in 1 2 3; do
  wrk -t2 -c16 -d"${seconds}s" -s "$work/lookup.lua" "http://localhost:$port" | sed -n 's/^RESULT //p' >>"$work/pyra"
  pgbench -n -c4 -j2 -T"$seconds" -f "$work/lookup.sql" "$pg_url/$db" 2>/dev/null \
    | sed -n 's/^tps = \([0-9.]*\).*/\1/p' >>"$work/raw"
done
paste -d' ' "$work/pyra" "$work/raw" | awk '{print $1 / $4}' >"$work/ratio"
lookup_ratio=$(median <"$work/ratio")
lookup_rps=$(cut -d' ' -f1 "$work/pyra" | median)
lookup_p99=$(cut -d' ' -f3 "$work/pyra" | median)
raw_tps=$(median <"$work/raw")
echo "lookup: Pyra ${lookup_rps} req/s (p99 ${lookup_p99} ms) vs pgbench ${raw_tps} tps: ratio ${lookup_ratio}"

# list and search latency (16 connections)
{ echo "/api/v1/customers?limit=50"; echo "/api/v1/customers?limit=50&stage=ACTIVE"; echo "/api/v1/customers?limit=50&sort=code"; } >"$work/paths"
list=$(wrk -t2 -c16 -d"${seconds}s" -s "$work/path.lua" "http://localhost:$port" | sed -n 's/^RESULT //p')
: >"$work/paths"
for q in Smith %E5%BC%A0%E4%BC%9F "Lin" "Chan%2012" "%2B8613900012345" "c777%40example.com" "Jmaes"; do echo "/api/v1/customers?limit=20&q=$q" >>"$work/paths"; done
search=$(wrk -t2 -c16 -d"${seconds}s" -s "$work/path.lua" "http://localhost:$port" | sed -n 's/^RESULT //p')
# the heap the JVM may use (-Xmx) and what it used at the end of the run, from the metrics endpoint
heap=$(curl -s -H "Authorization: Bearer $token" "http://localhost:$port/actuator/prometheus" | awk '/^jvm_memory_(max|used)_bytes/ && /area="heap"/ {
  if ($0 ~ /max_bytes/) { if ($NF > 0) max += $NF } else used += $NF }
  END {printf "%.0f of %.0f", used / 1048576, max / 1048576}')
echo "list: $list; search: $search (req/s p95 p99 non-2xx); heap ${heap} MB"

{
  echo "## Customers at $n (PostgreSQL)"
  echo
  echo "Known-caller lookup \`GET /api/v1/customers/lookup?phone=\` over HTTP with a bearer token, 16 connections (wrk),"
  echo "against \`pgbench\` running the lookup's own statements (the cards with their contacts, then each card's latest"
  echo "contact records) with 4 clients; both"
  echo "warmed up first (30 s of load for the JIT), then 3 interleaved rounds of ${seconds} s, median. List: three list"
  echo "queries (all, by stage, by code); search: seven texts (Latin and Chinese names, a phone, an e-mail, a typo)."
  echo
  echo "| date | machine | Pyra lookups/s | Pyra p99 | pgbench tps | ratio | list p95 | search p95 | heap used of max |"
  echo "|---|---|---|---|---|---|---|---|---|"
  echo "| $today | $machine | $lookup_rps | $lookup_p99 ms | $raw_tps | $lookup_ratio | $(echo "$list" | cut -d' ' -f2) ms | $(echo "$search" | cut -d' ' -f2) ms | ${heap} MB |"
} >"$BENCH_OUT/customers"
