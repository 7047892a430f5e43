#!/usr/bin/env bash
# Customer import on PostgreSQL: Pyra's import of an N-row CSV end to end (upload, parsing, normalization,
# matching, audit) against COPY of the same file into a table with the same indexes; then a re-import with
# half the rows changed against a raw staging table + INSERT ... ON CONFLICT. Sourced by bench/run.
set -euo pipefail

pg_url=${PYRA_BENCH_PG:-postgresql://postgres@localhost:5432}
db="pyra_bench_$RANDOM$RANDOM"
port=$((20000 + RANDOM % 20000))
n=${IMPORT_ROWS:-1000000}
work=$(mktemp -d)
cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  psql -q "$pg_url/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
now_ms() { date +%s%3N; }
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }

# the file: kind, name (Chinese and Latin), phone, email, city, stage; the second one changes the city of every other row
awk -v n="$n" 'BEGIN {
  print "Kind,Name,Phone,Email,City,Stage"
  split("王 李 张 刘 陈 杨", s, " "); split("伟 芳 娜 敏 静 强 磊", g, " ")
  for (i = 1; i <= n; i++) {
    name = (i % 2 == 0) ? s[1 + i % 6] g[1 + i % 7] i : "Person " i
    printf "PERSON,%s,+86137%08d,p%d@example.com,%s,ACTIVE\n", name, i, i, (i % 3 == 0 ? "北京" : "Shanghai")
  }
}' >"$work/first.csv"
awk -F, 'NR == 1 {print; next} { if (NR % 2 == 0) $5 = "Shenzhen"; print }' OFS=, "$work/first.csv" >"$work/second.csv"

psql -q "$pg_url/postgres" -c "CREATE DATABASE $db" >/dev/null
# shellcheck disable=SC2086
PYRA_DB_URL="jdbc:postgresql://localhost:5432/$db" PYRA_DB_USER=postgres PYRA_PORT=$port PYRA_MAX_UPLOAD_SIZE=500MB \
  PYRA_ADMIN_PASSWORD=Bench-Password-1 java $PYRA_JVM_CACHE -Xmx1g -jar target/app/pyra.jar >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 900); do grep -q 'Started PyraApplication' "$work/app.log" && break; sleep 0.2; done
sleep 2
# the first start creates the administrator a moment after "Started": ask until a token comes
token=""
for _ in $(seq 1 600); do
  token=$(curl -s -X POST "http://localhost:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"Bench-Password-1"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] && break
  sleep 0.2
done
[ -n "$token" ] || { echo "bench: no API token from the application" >&2; exit 1; }
mapping='{"Kind":"kind","Name":"name","Phone":"phone","Email":"email","City":"city","Stage":"stage"}'

pyra_import() { # file -> seconds
  local start; start=$(now_ms)
  local id; id=$(curl -s -H "Authorization: Bearer $token" -F "file=@$1;type=text/csv" -F entity=customers \
    -F "mapping=$mapping" -F dryRun=false "http://localhost:$port/api/v1/imports" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
  [ -n "$id" ] || { echo "bench: import refused" >&2; exit 1; }
  local status=""
  while :; do
    status=$(curl -s -H "Authorization: Bearer $token" "http://localhost:$port/api/v1/imports/$id" \
      | sed -n 's/.*"status":"\([A-Z_]*\)".*/\1/p')
    case "$status" in COMPLETED|FAILED|INTERRUPTED) break ;; esac
    sleep 0.2
  done
  [ "$status" = COMPLETED ] || { echo "bench: import ended $status" >&2; exit 1; }
  calc "($(now_ms) - $start) / 1000"
}
raw_copy() { # file -> seconds: COPY into a table with the customer table's indexes (and its phone and email ones)
  psql -q "$pg_url/$db" -c "DROP TABLE IF EXISTS bench_copy" -c "DROP SEQUENCE IF EXISTS bench_seq" \
    -c "CREATE SEQUENCE bench_seq" \
    -c "CREATE TABLE bench_copy (id uuid DEFAULT gen_random_uuid() PRIMARY KEY,
          code varchar(30) NOT NULL DEFAULT ('C-' || lpad(nextval('bench_seq')::text, 9, '0')) UNIQUE,
          kind varchar(12), name varchar(300), phone varchar(20), email varchar(254), city varchar(100), stage varchar(12),
          owner_id uuid NOT NULL DEFAULT '00000000-0000-7000-8000-000000000001',
          org_unit_id uuid NOT NULL DEFAULT '00000000-0000-7000-8000-000000000002', sector_id uuid,
          created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now())" \
    -c "CREATE INDEX ON bench_copy (owner_id, name, id)" -c "CREATE INDEX ON bench_copy (org_unit_id, name, id)" \
    -c "CREATE INDEX ON bench_copy (name, id)" -c "CREATE INDEX ON bench_copy (stage, name, id)" \
    -c "CREATE INDEX ON bench_copy (city, name)" -c "CREATE INDEX ON bench_copy USING gin (name gin_trgm_ops)" \
    -c "CREATE INDEX ON bench_copy (created_at, id)" -c "CREATE INDEX ON bench_copy (updated_at, id)" \
    -c "CREATE INDEX ON bench_copy (sector_id, name, id)" -c "CREATE INDEX ON bench_copy (name varchar_pattern_ops)" \
    -c "CREATE UNIQUE INDEX ON bench_copy (phone)" -c "CREATE INDEX ON bench_copy (email)" >/dev/null
  local start; start=$(now_ms)
  psql -q "$pg_url/$db" -c "\\copy bench_copy (kind, name, phone, email, city, stage) FROM '$1' WITH (FORMAT csv, HEADER true)" >/dev/null
  calc "($(now_ms) - $start) / 1000"
}
raw_upsert() { # file -> seconds: staging table + INSERT ... ON CONFLICT into bench_copy
  local start; start=$(now_ms)
  psql -q "$pg_url/$db" -c "CREATE TEMP TABLE s (kind varchar(12), name varchar(300), phone varchar(20),
      email varchar(254), city varchar(100), stage varchar(12))" \
    -c "\\copy s FROM '$1' WITH (FORMAT csv, HEADER true)" \
    -c "INSERT INTO bench_copy (kind, name, phone, email, city, stage) SELECT * FROM s ON CONFLICT (phone) DO UPDATE
        SET city = excluded.city, updated_at = now() WHERE bench_copy.city IS DISTINCT FROM excluded.city" >/dev/null
  calc "($(now_ms) - $start) / 1000"
}
forget_customers() { # back to an empty customer store between repetitions
  psql -q "$pg_url/$db" -c "TRUNCATE customer_customer CASCADE" -c "VACUUM ANALYZE" >/dev/null 2>&1
}

# interleaved repetitions: raw, Pyra, raw, Pyra …; the ratio is the median of the repetitions' ratios
reps=${IMPORT_REPS:-3}
for r in $(seq 1 "$reps"); do
  [ "$r" -gt 1 ] && forget_customers
  c=$(raw_copy "$work/first.csv"); p=$(pyra_import "$work/first.csv")
  u=$(raw_upsert "$work/second.csv"); a=$(pyra_import "$work/second.csv")
  echo "$c $p $u $a" >>"$work/reps"
  echo "  repetition $r: COPY ${c}s, Pyra ${p}s; upsert ${u}s, Pyra re-import ${a}s"
done
copy_s=$(awk '{print $1}' "$work/reps" | median)
pyra_s=$(awk '{print $2}' "$work/reps" | median)
upsert_s=$(awk '{print $3}' "$work/reps" | median)
again_s=$(awk '{print $4}' "$work/reps" | median)
ratio=$(awk '{printf "%.3f\n", $1 / $2}' "$work/reps" | median)
ratio2=$(awk '{printf "%.3f\n", $3 / $4}' "$work/reps" | median)
echo "import of $n rows: Pyra ${pyra_s}s vs COPY ${copy_s}s (ratio $ratio); re-import half changed: Pyra ${again_s}s vs staging+upsert ${upsert_s}s (ratio $ratio2)"
{
  echo "## Customer import of $n rows (PostgreSQL)"
  echo
  echo "Pyra's import through \`POST /api/v1/imports\` until COMPLETED (upload, parsing, E.164 and e-mail normalization,"
  echo "matching by code/e-mail/phone, validation, per-row outcomes, audit), against \`COPY\` of the same CSV into one table"
  echo "with the same indexes as Pyra's customer table (12, incl. the trigram index) plus a phone and an e-mail index; the"
  echo "re-import changes every other row, against a staging table + \`INSERT … ON CONFLICT\`. $reps interleaved"
  echo "repetitions; times are medians, the ratio (raw time / Pyra time) is the median of the repetitions' ratios."
  echo
  echo "| date | machine | Pyra import | COPY | ratio | Pyra re-import | staging + upsert | ratio |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "| $today | $machine | ${pyra_s} s | ${copy_s} s | $ratio | ${again_s} s | ${upsert_s} s | $ratio2 |"
} >"$BENCH_OUT/import"
