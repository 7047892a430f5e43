#!/usr/bin/env bash
# Sales import on PostgreSQL (issue 13): Pyra's import of the 541,909 order lines of online_retail_2010_2011.csv.gz
# end to end (upload, parsing, grouping into orders, credit notes, customers and products created, per-row
# outcomes, audit) against COPY of the same CSV into a table with the same keys and indexes as the order lines;
# then a re-import of the same file (nothing changes) against a staging table + INSERT ... ON CONFLICT DO NOTHING.
# After these timings, the totals check (not timed): online_retail_ii_2009_2010.csv.gz is imported (its December 2010
# orders are the 2010-2011 file's first days: stored already, replaced where the file says otherwise), then
# online_retail_2010_2011.csv.gz again (it replaces them back); after the 2nd, 3rd and 4th import
# bench/sales-totals.py checks Pyra's counts, its monthly and grand totals (GET /api/v1/sales/summary and
# /comparison) and the orders and lines stored against its own reading of the files: any difference fails the bench.
# Sourced by bench/run.
set -euo pipefail

pg_url=${PYRA_BENCH_PG:-postgresql://postgres@localhost:5432}
db="pyra_bench_$RANDOM$RANDOM"
port=$((20000 + RANDOM % 20000))
source_file=${SALES_IMPORT_FILE:-../shared/data/online-retail/online_retail_2010_2011.csv.gz}
earlier_file=${SALES_IMPORT_EARLIER_FILE:-../shared/data/online-retail/online_retail_ii_2009_2010.csv.gz}
# the files are in pounds at this rate to the base currency, read in London time; the company's days are
# those of its zone (the application's default, set explicitly so that the check reads the same)
rate=9.0
company_zone=${PYRA_TIME_ZONE:-Asia/Shanghai}
work=$(mktemp -d)
cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  psql -q "$pg_url/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
now_ms() { date +%s%3N; }
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }

[ -f "$source_file" ] || { echo "bench: $source_file is missing" >&2; exit 1; }
[ -f "$earlier_file" ] || { echo "bench: $earlier_file is missing" >&2; exit 1; }
gzip -dc "$source_file" >"$work/lines.csv"
gzip -dc "$earlier_file" >"$work/earlier.csv"
n=$(($(wc -l <"$work/lines.csv") - 1))

psql -q "$pg_url/postgres" -c "CREATE DATABASE $db" >/dev/null
# shellcheck disable=SC2086
PYRA_DB_URL="jdbc:postgresql://localhost:5432/$db" PYRA_DB_USER=postgres PYRA_PORT=$port PYRA_MAX_UPLOAD_SIZE=500MB \
  PYRA_TIME_ZONE="$company_zone" PYRA_ADMIN_PASSWORD=Bench-Password-1 java $PYRA_JVM_CACHE -Xmx1g -jar target/app/pyra.jar >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 900); do grep -q 'Started PyraApplication' "$work/app.log" && break; sleep 0.2; done
sleep 2
token=$(curl -s -X POST "http://localhost:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"Bench-Password-1"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
# the file is in pounds, read in London time; the rate makes the amounts in the base currency
psql -q "$pg_url/$db" -c "INSERT INTO sales_exchange_rate (currency, valid_from, rate, created_at)
    VALUES ('GBP', DATE '2000-01-01', $rate, now()) ON CONFLICT DO NOTHING" >/dev/null

pyra_import() { # file, n -> seconds (the header is recognised: no mapping); the final status in import-n.json
  local start; start=$(now_ms)
  local id; id=$(curl -s -H "Authorization: Bearer $token" -F "file=@$1;type=text/csv" -F entity=orders \
    -F currency=GBP -F timeZone=Europe/London -F dryRun=false "http://localhost:$port/api/v1/imports" \
    | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
  [ -n "$id" ] || { echo "bench: import refused" >&2; exit 1; }
  echo "bench: import $2 accepted after $(calc "($(now_ms) - $start) / 1000") s (upload, rows counted)" >&2
  local status="" body=""
  while :; do
    body=$(curl -s -H "Authorization: Bearer $token" "http://localhost:$port/api/v1/imports/$id")
    status=$(echo "$body" | sed -n 's/.*"status":"\([A-Z_]*\)".*/\1/p')
    case "$status" in COMPLETED|FAILED|INTERRUPTED) break ;; esac
    sleep 0.2
  done
  [ "$status" = COMPLETED ] || { echo "bench: import ended $status: $body" >&2; exit 1; }
  echo "$body" | grep -o '"\(created\|updated\|skipped\|errors\)":[0-9]*' | tr '\n' ' ' >"$work/counts"
  local seconds; seconds=$(calc "($(now_ms) - $start) / 1000")
  printf '%s' "$body" >"$work/import-$2.json"
  echo "$seconds"
}
pyra_state() { # n: after import n, what Pyra answers of the sales and what it stores, for bench/sales-totals.py
  local days="from=2009-01-01&to=2012-12-31"
  curl -sf -H "Authorization: Bearer $token" "http://localhost:$port/api/v1/sales/summary?$days&groupBy=month" \
    >"$work/summary-$1.json"
  curl -sf -H "Authorization: Bearer $token" "http://localhost:$port/api/v1/sales/comparison?$days" >"$work/total-$1.json"
  psql -qtA -F ' ' "$pg_url/$db" -c "SELECT count(*) FILTER (WHERE kind = 'ORDER'),
      count(*) FILTER (WHERE kind = 'CREDIT_NOTE'), (SELECT count(*) FROM sales_order_line) FROM sales_order" \
    >"$work/stored-$1.txt"
}
raw_tables() { # the lines' table with the keys and indexes of sales_order_line and sales_order's on number, customer, day
  psql -q "$pg_url/$db" -c "DROP TABLE IF EXISTS bench_line" -c "DROP TABLE IF EXISTS bench_keyed" \
    -c "CREATE TABLE bench_line (id bigserial PRIMARY KEY, invoice_no varchar(40) NOT NULL, stock_code varchar(40),
          description varchar(300), quantity numeric(19,4) NOT NULL, invoice_date timestamp NOT NULL,
          unit_price numeric(19,6) NOT NULL, customer_id varchar(30), country varchar(60))" \
    -c "CREATE INDEX ON bench_line (invoice_no, id)" -c "CREATE INDEX ON bench_line (stock_code)" \
    -c "CREATE INDEX ON bench_line (customer_id, invoice_date)" -c "CREATE INDEX ON bench_line (invoice_date)" >/dev/null
}
raw_copy() { # file -> seconds
  raw_tables
  local start; start=$(now_ms)
  psql -q "$pg_url/$db" -c "\\copy bench_line (invoice_no, stock_code, description, quantity, invoice_date, unit_price, customer_id, country) FROM '$1' WITH (FORMAT csv, HEADER true)" >/dev/null
  calc "($(now_ms) - $start) / 1000"
}
raw_upsert() { # file -> seconds: the lines keyed by (invoice, line number), staged and inserted ON CONFLICT DO NOTHING
  psql -q "$pg_url/$db" -c "CREATE TABLE bench_keyed (invoice_no varchar(40) NOT NULL, line_no integer NOT NULL,
          stock_code varchar(40), description varchar(300), quantity numeric(19,4) NOT NULL, invoice_date timestamp NOT NULL,
          unit_price numeric(19,6) NOT NULL, customer_id varchar(30), country varchar(60), PRIMARY KEY (invoice_no, line_no))" \
    -c "CREATE INDEX ON bench_keyed (stock_code)" -c "CREATE INDEX ON bench_keyed (customer_id, invoice_date)" \
    -c "CREATE INDEX ON bench_keyed (invoice_date)" \
    -c "INSERT INTO bench_keyed SELECT invoice_no, row_number() OVER (PARTITION BY invoice_no ORDER BY id), stock_code,
          description, quantity, invoice_date, unit_price, customer_id, country FROM bench_line" -c "VACUUM ANALYZE bench_keyed" >/dev/null
  local start; start=$(now_ms)
  psql -q "$pg_url/$db" -c "CREATE TEMP TABLE s (id bigserial, invoice_no varchar(40), stock_code varchar(40),
      description varchar(300), quantity numeric(19,4), invoice_date timestamp, unit_price numeric(19,6), customer_id varchar(30),
      country varchar(60))" \
    -c "\\copy s (invoice_no, stock_code, description, quantity, invoice_date, unit_price, customer_id, country) FROM '$1' WITH (FORMAT csv, HEADER true)" \
    -c "INSERT INTO bench_keyed SELECT invoice_no, row_number() OVER (PARTITION BY invoice_no ORDER BY id), stock_code,
        description, quantity, invoice_date, unit_price, customer_id, country FROM s ON CONFLICT DO NOTHING" >/dev/null
  calc "($(now_ms) - $start) / 1000"
}

c=$(raw_copy "$work/lines.csv"); p=$(pyra_import "$work/lines.csv" 1); first_counts=$(cat "$work/counts")
u=$(raw_upsert "$work/lines.csv"); a=$(pyra_import "$work/lines.csv" 2); again_counts=$(cat "$work/counts")
orders=$(psql -qtA "$pg_url/$db" -c "SELECT count(*) || ' orders (' || count(*) FILTER (WHERE kind = 'CREDIT_NOTE') || ' credit notes), ' || sum(line_count) || ' lines' FROM sales_order")
ratio=$(calc "$c / $p")
ratio2=$(calc "$u / $a")
echo "sales import of $n lines: Pyra ${p}s vs COPY ${c}s (ratio $ratio; $first_counts; $orders); re-import: Pyra ${a}s vs staging + ON CONFLICT DO NOTHING ${u}s (ratio $ratio2; $again_counts)"

# the totals check, after the timings: the earlier file over the later one, then the later one over both
pyra_state 2
pyra_import "$work/earlier.csv" 3 >/dev/null; pyra_state 3
pyra_import "$work/lines.csv" 4 >/dev/null; pyra_state 4
python3 bench/sales-totals.py --work "$work" --rate "$rate" --file-zone Europe/London --company-zone "$company_zone" \
  "$source_file" "$source_file" "$earlier_file" "$source_file"
{
  echo "## Sales import of $n order lines (PostgreSQL)"
  echo
  echo "Pyra's import of \`online_retail_2010_2011.csv.gz\` (uncompressed) through \`POST /api/v1/imports\` with"
  echo "\`entity=orders\` until COMPLETED (upload, parsing, grouping into orders, credit notes, customers and products"
  echo "created, per-row outcomes, audit), against \`COPY\` of the same CSV into one table with the keys and indexes of the"
  echo "order lines; the re-import of the same file (nothing changes: every order skipped by its digest) against a"
  echo "staging table + \`INSERT … ON CONFLICT DO NOTHING\` into the lines keyed by (invoice, line). One repetition;"
  echo "ratio = raw time / Pyra time (targets: import ≥ 0.4, re-import ≥ 0.8)."
  echo
  echo "| date | machine | Pyra import | COPY | ratio | Pyra re-import | staging + ON CONFLICT DO NOTHING | ratio |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "| $today | $machine | ${p} s | ${c} s | $ratio | ${a} s | ${u} s | $ratio2 |"
  echo
  echo "Totals check (not timed; the bench fails on any difference): after the two imports above, Pyra imports"
  echo "\`online_retail_ii_2009_2010.csv.gz\` (whose December 2010 orders are stored already: replaced where the file"
  echo "says otherwise, skipped where not), then \`online_retail_2010_2011.csv.gz\` again (replacing them back). After each"
  echo "of the last three imports, \`bench/sales-totals.py\` replays the imports on its own reading of the files (Python's"
  echo "csv and exact decimals, no Pyra code: a number's rows are one order, C a credit note, an order with a negative"
  echo "price, a zero quantity or no time refused whole, a stored order replaced by the last file that takes it; line"
  echo "= quantity × price and base = order × rate $rate, scale 6 half even; the order's day in $company_zone) and checks"
  echo "the rows each import reports created, updated, skipped and refused, the orders, credit notes and lines stored,"
  echo "and per month and in all the orders, customers, gross, returns and net of \`GET /api/v1/sales/summary\` and"
  echo "\`/comparison\`, to the cent. Grand totals of this run ($today), in the base currency:"
  echo
  echo "| months | stored | customers | gross | returns | net | currency |"
  echo "|---|---|---|---|---|---|---|"
  cat "$work/totals.md"
} >"$BENCH_OUT/sales-import"
