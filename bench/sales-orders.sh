#!/usr/bin/env bash
# Order creation on PostgreSQL: POST /api/v1/orders (two lines, an Idempotency-Key each) over HTTP with 16
# connections, against pgbench running the same inserts with 4 clients: every row a create writes (the order,
# its two lines, the idempotency key and the audit entry) in one statement. pgbench also runs the narrower
# insert of the order and its lines alone, reported beside it. Sourced by bench/run (uses its helpers).
set -euo pipefail

pg_url=${PYRA_BENCH_PG:-postgresql://postgres@localhost:5432}
db="pyra_bench_$RANDOM$RANDOM"
port=$((20000 + RANDOM % 20000))
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

# the first start creates the administrator a moment after "Started": ask until a token comes
token=""
for _ in $(seq 1 600); do
  token=$(curl -s -X POST "http://localhost:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"Bench-Password-1"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] && break
  sleep 0.2
done
[ -n "$token" ] || { echo "bench: no API token from the application" >&2; exit 1; }

# one customer of the administrator's, made through the API as a user would
customer=$(curl -s -X POST "http://localhost:$port/api/v1/customers" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d '{"kind":"PERSON","name":"Bench customer","phones":[{"number":"+8613900000001","label":"mobile"}]}' \
  | sed -n 's/.*"id":"\([0-9a-f-]*\)".*/\1/p' | head -1)
[ -n "$customer" ] || { echo "bench: no customer" >&2; tail -20 "$work/app.log"; exit 1; }
owner=$(psql_db -Atc "select id from identity_user where username = 'admin'")
unit=$(psql_db -Atc "select org_unit_id from identity_user where username = 'admin'")

# each wrk thread runs its own Lua state with the same random sequence: the thread's number keeps the keys of
# two threads apart (without it about a third of the requests were retries of another thread's, replayed)
cat >"$work/create.lua" <<LUA
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("thread_no", threads)
end
local n = 0
local body = '{"customerId":"$customer","orderedAt":"2026-03-01T10:00:00Z","currency":"CNY","lines":[' ..
  '{"description":"English course, 40 hours","quantity":"2","unitPrice":"4800.00","discountPercent":"10","unitCost":"1500"},' ..
  '{"description":"Course book","quantity":"1","unitPrice":"120.50","unitCost":"40"}]}'
request = function()
  n = n + 1
  return wrk.format("POST", "/api/v1/orders", {["Authorization"] = "Bearer $token",
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = string.format("bench-%d-%d-%d-%d", thread_no, os.time(), math.random(1, 1000000000), n)}, body)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.errors.status))
end
LUA
# a first order tells whether the request is right
first=$(curl -s -o "$work/first.json" -w '%{http_code}' -X POST "http://localhost:$port/api/v1/orders" \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -H 'Idempotency-Key: bench-first' \
  -d "{\"customerId\":\"$customer\",\"orderedAt\":\"2026-03-01T10:00:00Z\",\"currency\":\"CNY\",\"lines\":[{\"description\":\"x\",\"quantity\":\"1\",\"unitPrice\":\"1\"}]}")
[ "$first" = 201 ] || { echo "bench: order create answered $first: $(cat "$work/first.json")" >&2; exit 1; }

# warm up both (the JIT needs about half a minute of load)
wrk -t2 -c16 -d30s -s "$work/create.lua" "http://localhost:$port" >/dev/null

# the rows a create wrote, as pgbench writes them: the audit entry's text is the one Pyra wrote for such an order
audit_json=$(psql_db -Atc "select changes from platform_audit_entry where record_type = 'sales_order' order by id desc limit 1")
case "$audit_json" in *"'"*|"") echo "bench: unexpected audit entry: $audit_json" >&2; exit 1 ;; esac
order_insert="INSERT INTO sales_order (id, number, kind, status, customer_id, owner_id, org_unit_id, ordered_at, order_day, currency,
    exchange_rate, amount, cost, amount_base, cost_base, paid, refunded, line_count, version, created_by, created_at, updated_at)
  VALUES (gen_random_uuid(), 'PG-' || nextval('sales_order_number_seq'), 'ORDER', 'DRAFT', '$customer', '$owner', '$unit',
    timestamptz '2026-03-01 10:00:00+00', date '2026-03-01', 'CNY', 1, 8760.50, 3040, 8760.50, 3040, 0, 0, 2, 0, '$owner',
    now(), now())
  RETURNING id"
line_insert="INSERT INTO sales_order_line (order_id, line_no, product_id, description, quantity, unit_price, discount_percent, unit_cost, amount, cost)
SELECT o.id, 1, NULL::uuid, 'English course, 40 hours', 2, 4800.00, 10, 1500, 8640.00, 3000 FROM o
UNION ALL
SELECT o.id, 2, NULL::uuid, 'Course book', 1, 120.50, 0, 40, 120.50, 40 FROM o"
# every row a create writes, in one statement (one round trip, one transaction)
cat >"$work/create.sql" <<SQL
WITH o AS ($order_insert),
l AS ($line_insert),
k AS (INSERT INTO platform_idempotency_key (idempotency_key, user_id, request_hash, response_status, resource_location, created_at)
  SELECT 'pgbench-' || o.id, '$owner', encode(sha256(o.id::text::bytea), 'hex'), 201, '/api/v1/orders/' || o.id, now() FROM o)
INSERT INTO platform_audit_entry (occurred_at, actor_id, actor_name, action, record_type, record_id, changes)
SELECT now(), '$owner', 'admin', 'CREATE', 'sales_order', o.id::text, '$audit_json' FROM o;
SQL
# the order and its lines alone
cat >"$work/create-lines.sql" <<SQL
WITH o AS ($order_insert)
$line_insert;
SQL
for f in create create-lines; do
  pgbench -n -c4 -j2 -T5 -f "$work/$f.sql" "$pg_url/$db" >"$work/pgbench.log" 2>&1 || { cat "$work/pgbench.log" >&2; exit 1; }
done

for round in 1 2 3; do
  wrk -t2 -c16 -d"${seconds}s" -s "$work/create.lua" "http://localhost:$port" | sed -n 's/^RESULT //p' >>"$work/pyra"
  pgbench -n -c4 -j2 -T"$seconds" -f "$work/create.sql" "$pg_url/$db" 2>/dev/null \
    | sed -n 's/^tps = \([0-9.]*\).*/\1/p' >>"$work/raw"
  pgbench -n -c4 -j2 -T"$seconds" -f "$work/create-lines.sql" "$pg_url/$db" 2>/dev/null \
    | sed -n 's/^tps = \([0-9.]*\).*/\1/p' >>"$work/raw-lines"
done
paste -d' ' "$work/pyra" "$work/raw" | awk '{print $1 / $5}' >"$work/ratio"
paste -d' ' "$work/pyra" "$work/raw-lines" | awk '{print $1 / $5}' >"$work/ratio-lines"
ratio=$(median <"$work/ratio")
ratio_lines=$(median <"$work/ratio-lines")
raw_lines_tps=$(median <"$work/raw-lines")
rps=$(cut -d' ' -f1 "$work/pyra" | median)
p99=$(cut -d' ' -f3 "$work/pyra" | median)
non2xx=$(cut -d' ' -f4 "$work/pyra" | awk '{s += $1} END {print s + 0}')
raw_tps=$(median <"$work/raw")
echo "order create: Pyra ${rps} orders/s (p99 ${p99} ms, non-2xx ${non2xx}) vs pgbench ${raw_tps} tps: ratio ${ratio}" \
  "(order and lines alone: ${raw_lines_tps} tps, ratio ${ratio_lines})"
[ "$non2xx" = 0 ] || { echo "bench: some order creates failed" >&2; tail -20 "$work/app.log"; exit 1; }

{
  echo "## Order creation (PostgreSQL)"
  echo
  echo "\`POST /api/v1/orders\` with two lines (one with a discount) and an \`Idempotency-Key\` each, with a bearer token,"
  echo "16 connections (wrk), against \`pgbench\` running the same inserts with 4 clients: every row the create writes (the"
  echo "order with its totals, its two lines, the idempotency key and the audit entry with the text Pyra wrote) in one"
  echo "statement. Beside it, pgbench inserting the order and its lines alone (one statement). Both warmed up, then 3"
  echo "interleaved rounds of ${seconds} s, median (target: at least 0.4 against the same inserts)."
  echo
  echo "| date | machine | Pyra orders/s | Pyra p99 | pgbench tps, same inserts | ratio | pgbench tps, order and lines alone | ratio |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "| $today | $machine | $rps | $p99 ms | $raw_tps | $ratio | $raw_lines_tps | $ratio_lines |"
} >"$BENCH_OUT/sales-orders"
