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
token=$(curl -s -X POST "http://localhost:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"Bench-Password-1"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
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
raw_copy() { # file -> seconds: COPY into a table shaped and indexed like the customer tables
  psql -q "$pg_url/$db" -c "DROP TABLE IF EXISTS bench_copy" -c "CREATE TABLE bench_copy (kind varchar(12), name varchar(300),
    phone varchar(20), email varchar(254), city varchar(100), stage varchar(12))" \
    -c "CREATE INDEX ON bench_copy (name)" -c "CREATE UNIQUE INDEX ON bench_copy (phone)" -c "CREATE INDEX ON bench_copy (email)" >/dev/null
  local start; start=$(now_ms)
  psql -q "$pg_url/$db" -c "\\copy bench_copy FROM '$1' WITH (FORMAT csv, HEADER true)" >/dev/null
  calc "($(now_ms) - $start) / 1000"
}
raw_upsert() { # file -> seconds: staging table + INSERT ... ON CONFLICT into bench_copy
  local start; start=$(now_ms)
  psql -q "$pg_url/$db" -c "CREATE TEMP TABLE s (LIKE bench_copy)" \
    -c "\\copy s FROM '$1' WITH (FORMAT csv, HEADER true)" \
    -c "INSERT INTO bench_copy SELECT * FROM s ON CONFLICT (phone) DO UPDATE SET city = excluded.city WHERE bench_copy.city IS DISTINCT FROM excluded.city" >/dev/null
  calc "($(now_ms) - $start) / 1000"
}

copy_s=$(raw_copy "$work/first.csv")
pyra_s=$(pyra_import "$work/first.csv")
upsert_s=$(raw_upsert "$work/second.csv")
again_s=$(pyra_import "$work/second.csv")
ratio=$(calc "$copy_s / $pyra_s")
ratio2=$(calc "$upsert_s / $again_s")
echo "import of $n rows: Pyra ${pyra_s}s vs COPY ${copy_s}s (ratio $ratio); re-import half changed: Pyra ${again_s}s vs staging+upsert ${upsert_s}s (ratio $ratio2)"
{
  echo "## Customer import of $n rows (PostgreSQL)"
  echo
  echo "Pyra's import through \`POST /api/v1/imports\` until COMPLETED, against \`COPY\` of the same CSV into a table with"
  echo "the same indexes; the re-import changes every other row, against a staging table + \`INSERT … ON CONFLICT\`. Rate ratio = raw time / Pyra time."
  echo
  echo "| date | machine | Pyra import | COPY | ratio | Pyra re-import | staging + upsert | ratio |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "| $today | $machine | ${pyra_s} s | ${copy_s} s | $ratio | ${again_s} s | ${upsert_s} s | $ratio2 |"
} >"$BENCH_OUT/import"
