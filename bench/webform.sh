#!/usr/bin/env bash
# The public lead form on PostgreSQL (issue 16): POST /forms/leads/{code} from 16 connections, each post with a client
# address of its own in X-Forwarded-For (as behind a load balancer; the node trusts 127.0.0.1 as the proxy), for
# SECONDS_PER_RUN seconds, three rounds; meanwhile one address posts 15 times and must be refused past its limit
# (10). Every accepted post must be a lead in the database. The raw baseline: pgbench running the same two INSERTs
# (the lead and its first history entry) from 16 clients. Sourced by bench/run.
set -euo pipefail

pg_url=${PYRA_BENCH_PG:-postgresql://postgres@localhost:5432}
db="pyra_bench_$RANDOM$RANDOM"
port=$((20000 + RANDOM % 20000))
seconds=${SECONDS_PER_RUN:-15}
work=$(mktemp -d)
today=${today:-$(date -u +%Y-%m-%d)}
machine=${machine:-"$(nproc) cores, $(uname -m)"}
base="http://localhost:$port"
limit=10

psql_db() { psql -q -v ON_ERROR_STOP=1 "$pg_url/$db" "$@"; }
cleanup() {
  [ -n "${app_pid:-}" ] && { kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true; }
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
  PYRA_ADMIN_PASSWORD=Bench-Password-1 java ${PYRA_JVM_CACHE:-} ${PYRA_BENCH_JVM_OPTS:-} -Xmx1g -jar target/app/pyra.jar \
  --pyra.marketing.form.trusted-proxies=127.0.0.1,::1 --pyra.marketing.form.per-address=$limit \
  >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 900); do grep -q 'Started PyraApplication' "$work/app.log" && break; sleep 0.2; done
grep -q 'Started PyraApplication' "$work/app.log" || { tail -30 "$work/app.log"; exit 1; }
for _ in $(seq 1 100); do psql_db -Atc "select count(*) from identity_user" 2>/dev/null | grep -q 1 && break; sleep 0.2; done

code="BENCH-FORM"
psql_db <<SQL
insert into marketing_campaign (id, code, name, channel_id, budget_amount, budget_currency, starts_on, ends_on,
                                owner_id, org_unit_id, status, version, created_at, updated_at)
select md5('bench-form')::uuid, '$code', 'Spring open day', c.id, 10000, 'CNY', current_date - 1, current_date + 30,
       u.id, u.org_unit_id, 'ACTIVE', 0, now(), now()
  from marketing_channel c cross join identity_user u
 where c.code = 'SOCIAL_MEDIA' and u.username = 'admin';
SQL
campaign=$(psql_db -Atc "select id from marketing_campaign where code = '$code'")
[ -n "$campaign" ] || { echo "bench: no campaign" >&2; exit 1; }
path="/forms/leads/$code"
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Forwarded-For: 192.0.2.1' "$base$path")
[ "$status" = 200 ] || { echo "bench: the form answered $status" >&2; exit 1; }

cat >"$work/post.lua" <<'LUA'
local path = os.getenv("BENCH_PATH")
local body = "name=Bench+visitor&phone=13812345678&email=visitor%40example.com&contactConsent=true" ..
             "&message=Spring+term+for+my+son&website="
math.randomseed(os.time() + math.floor(os.clock() * 1000000))
request = function()
  local ip = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  return wrk.format("POST", path, {["Content-Type"] = "application/x-www-form-urlencoded",
                                   ["X-Forwarded-For"] = ip}, body)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests))
end
LUA
cat >"$work/insert.sql" <<SQL
begin;
with lead as (
  insert into marketing_lead (id, campaign_id, source, name, phone, email, notes, status, consent_email, consent_sms,
                              consent_phone, consent_at, owner_id, org_unit_id, version, created_at, updated_at)
  select gen_random_uuid(), c.id, 'WEB_FORM', 'Bench visitor', '+8613812345678', 'visitor@example.com',
         'Spring term for my son', 'NEW', false, false, true, now(), c.owner_id, c.org_unit_id, 0, now(), now()
    from marketing_campaign c where c.id = '$campaign'
  returning id)
insert into marketing_lead_event (id, lead_id, at, kind, to_status, note)
select gen_random_uuid(), id, now(), 'CREATED', 'NEW', 'web form from 10.0.0.1' from lead;
rollback;
SQL

echo "bench: warming up the form"
BENCH_PATH=$path wrk -t2 -c16 -d10s -s "$work/post.lua" "$base" >/dev/null
psql_db -c "checkpoint" >/dev/null
before=$(psql_db -Atc "select count(*) from marketing_lead where campaign_id = '$campaign'")
one_ok=0; one_refused=0; one_other=0
for round in 1 2 3; do
  # one address, 15 posts during the load: the first $limit accepted (303), the rest refused (429)
  (
    sleep 2
    for i in $(seq 1 15); do
      curl -s -o /dev/null -w '%{http_code}\n' -H "X-Forwarded-For: 203.0.113.$round" \
        --data "name=Flood+$i&phone=13812345678&contactConsent=true" "$base$path"
    done >"$work/one.$round"
  ) &
  flood=$!
  BENCH_PATH=$path wrk -t2 -c16 -d"${seconds}s" -s "$work/post.lua" "$base" | awk '/^RESULT/ {print $2, $3, $4, $5, $6}' \
    >>"$work/form"
  wait "$flood"
  one_ok=$((one_ok + $(grep -c '^303$' "$work/one.$round" || true)))
  one_refused=$((one_refused + $(grep -c '^429$' "$work/one.$round" || true)))
  one_other=$((one_other + $(grep -vc '^303$\|^429$' "$work/one.$round" || true)))
  pgbench -n -c16 -j2 -T"$seconds" -f "$work/insert.sql" "$pg_url/$db" 2>/dev/null \
    | sed -n 's/^tps = \([0-9.]*\).*/\1/p' >>"$work/raw"
done
after=$(psql_db -Atc "select count(*) from marketing_lead where campaign_id = '$campaign'")
stored=$((after - before))
posted=$(awk '{s += $5} END {print s}' "$work/form")
errors=$(awk '{s += $4} END {print s}' "$work/form")
rate=$(awk '{print $1}' "$work/form" | median)
p95=$(awk '{print $2}' "$work/form" | median)
p99=$(awk '{print $3}' "$work/form" | median)
raw=$(median <"$work/raw")
# wrk counts the responses it read; a post in flight when a round ended may still be stored
flood_stored=$one_ok
verdict="ok"
[ "$errors" = 0 ] || verdict="errors"
[ "$stored" -ge $((posted + flood_stored)) ] || verdict="lost posts"
[ "$one_ok" = $((3 * limit)) ] && [ "$one_refused" = $((3 * (15 - limit))) ] || verdict="throttle wrong"
echo "public form: ${rate} posts/s (p95 ${p95} ms, p99 ${p99} ms, errors ${errors}), ${stored} leads stored of ${posted}" \
     "posted + ${flood_stored}; raw inserts ${raw} tx/s; one address: ${one_ok} accepted, ${one_refused} refused ($verdict)"

{
  echo "## Public lead form"
  echo
  echo "PostgreSQL. \`POST /forms/leads/{code}\` from 16 connections (wrk), every post from a client address of its own"
  echo "in \`X-Forwarded-For\` (the node trusts 127.0.0.1 as its load balancer), 3 rounds of ${seconds} s, median;"
  echo "meanwhile one address posts 15 times a round and must be refused past its limit of ${limit}. Every accepted post"
  echo "must be a lead in the database. Raw: pgbench running the lead's and its history's INSERTs from 16 clients."
  echo
  echo "| date | machine | form posts/s | p95 | p99 | errors | leads stored / accepted | raw INSERTs tx/s | one address: accepted / refused | verdict |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  echo "| $today | $machine | ${rate} | ${p95} ms | ${p99} ms | ${errors} | ${stored} / $((posted + flood_stored)) | ${raw} | ${one_ok} / ${one_refused} | ${verdict} |"
} >"${BENCH_OUT:-$work}/webform"
[ -n "${BENCH_OUT:-}" ] || cat "$work/webform"
[ "$verdict" = ok ] || exit 1
