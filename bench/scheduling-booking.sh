#!/usr/bin/env bash
# Scheduling's bookings on PostgreSQL (issue 17), two measurements on one fresh database:
# (a) the rush: two application nodes (two JVMs, two ports) on the same database; 100 bookings of one room for
#     overlapping hours (each an hour, the i-th 30 s after the one before, so every two overlap), sent at once,
#     alternately to each node (bench/BookingRush.java). Exactly one must be made (201) and 99 refused with the
#     conflicting booking (409), and the database must hold exactly one active hold of the room.
# (b) the throughput: POST /api/v1/bookings through one node with 16 connections (wrk, a Lua script giving each
#     request a room and an hour of its own: 2 threads x 64 rooms, 14 hours a day from 08:00 on the centre's
#     clock), as a customer-service assistant with a bearer token; every answer must be a 201, and the database
#     must hold a booking for each. Against pgbench -c 16 inserting the same rows (scheduling_booking and its
#     scheduling_booking_resource row, under the same exclusion constraint) for 128 other rooms, one transaction
#     a booking. 3 rounds of each, median bookings/s. Target: the API at least 0.4 x pgbench.
# Sourced by bench/run.
set -euo pipefail

pg_url=${PYRA_BENCH_PG:-postgresql://postgres@localhost:5432}
db="pyra_bench_$RANDOM$RANDOM"
port_a=$((20000 + RANDOM % 10000))
port_b=$((30000 + RANDOM % 10000))
seconds=${SECONDS_PER_RUN:-15}
rush=${BOOKING_RUSH:-100}
threads=2
per_thread=64
rooms=$((threads * per_thread))
work=$(mktemp -d)
today=${today:-$(date -u +%Y-%m-%d)}
machine=${machine:-"$(nproc) cores, $(uname -m)"}
pids=()

psql_db() { psql -q -v ON_ERROR_STOP=1 "$pg_url/$db" "$@"; }
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  psql -q "$pg_url/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}'; }

command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; }
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }

start_node() { # port log -> starts a node on the bench database, waits until it serves
  # shellcheck disable=SC2086
  PYRA_DB_URL="jdbc:postgresql://localhost:5432/$db" PYRA_DB_USER=postgres PYRA_PORT=$1 \
    PYRA_ADMIN_PASSWORD=Bench-Password-1 java ${PYRA_JVM_CACHE:-} ${PYRA_BENCH_JVM_OPTS:-} -Xmx1g \
    -jar target/app/pyra.jar --pyra.marketing.appointments.reminder-cron=- >"$2" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 900); do grep -q 'Started PyraApplication' "$2" && break; sleep 0.2; done
  grep -q 'Started PyraApplication' "$2" || { tail -30 "$2"; exit 1; }
}

psql -q "$pg_url/postgres" -c "CREATE DATABASE $db" >/dev/null
# one node first (it migrates the database), then the second on the same database
start_node "$port_a" "$work/node-a.log"
start_node "$port_b" "$work/node-b.log"
for _ in $(seq 1 100); do psql_db -Atc "select count(*) from identity_user" 2>/dev/null | grep -q 1 && break; sleep 0.2; done

# the centre (Shanghai's clock, default hours 08:00-22:00), a customer-service assistant who books there, the room
# of the rush, 128 rooms for the API and 128 for pgbench
psql_db <<SQL
insert into identity_org_unit (id, parent_id, kind, code, name, time_zone, path, version, created_at, updated_at)
select md5('sb-centre')::uuid, r.id, 'BRANCH', 'SB_CENTRE', 'Booking bench centre', 'Asia/Shanghai',
       r.path || md5('sb-centre')::uuid || '/', 0, now(), now()
  from identity_org_unit r where r.parent_id is null;
insert into identity_user (id, username, display_name, email, org_unit_id, locale, active, password_hash,
                           password_changed_at, version, created_at, updated_at)
select md5('sb-booker')::uuid, 'sbbooker', 'Booker', 'sbbooker@example.com', md5('sb-centre')::uuid, 'en', true,
       password_hash, now(), 0, now(), now()
  from identity_user where username = 'admin';
insert into identity_user_role (user_id, role_id)
select md5('sb-booker')::uuid, id from identity_role where code = 'CUSTOMER_SERVICE_ASSISTANT';
insert into scheduling_resource (id, kind, code, name, org_unit_id, active, version, created_at, updated_at)
select md5(prefix || k)::uuid, 'ROOM', upper(prefix) || k, 'Room ' || prefix || k, md5('sb-centre')::uuid, true, 0,
       now(), now()
  from (values ('sb-room-'), ('sb-raw-')) p(prefix) cross join generate_series(0, $rooms - 1) k
union all
select md5('sb-rush')::uuid, 'ROOM', 'SB-RUSH', 'Rush room', md5('sb-centre')::uuid, true, 0, now(), now()
union all
select md5('sb-warm-' || k)::uuid, 'ROOM', 'SB-WARM-' || k, 'Warm-up room ' || k, md5('sb-centre')::uuid, true, 0,
       now(), now()
  from generate_series(0, 1) k;
create sequence sb_raw_seq;
-- the statistics autovacuum would have gathered by now of the tables seeded (this machine's PostgreSQL may run
-- without it); not of the bookings' empty tables, whose plans would stay those of an empty table while they grow
analyze identity_org_unit, identity_user, identity_user_role, identity_role, identity_role_permission,
        scheduling_resource;
SQL
psql_db -Atc "select md5('sb-room-' || k)::uuid from generate_series(0, $rooms - 1) k" >"$work/rooms"
rush_room=$(psql_db -Atc "select md5('sb-rush')::uuid")
first_day=$(psql_db -Atc "select (now() at time zone 'Asia/Shanghai')::date + 7")

token_of() { # base -> a bearer token of the booker
  local token=""
  for _ in $(seq 1 600); do
    token=$(curl -s -X POST "$1/api/v1/auth/token" -H 'Content-Type: application/json' \
      -d '{"username":"sbbooker","password":"Bench-Password-1"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
    [ -n "$token" ] && break; sleep 0.2
  done
  [ -n "$token" ] || { echo "bench: no API token for the booker" >&2; exit 1; }
  echo "$token"
}
token=$(token_of "http://localhost:$port_a")

# each node warmed up first (its first bookings run cold): 20 bookings one after another of a room of its own
warm_up() { # base room
  for h in $(seq 0 19); do
    curl -s -o /dev/null -X POST "$1/api/v1/bookings" -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' -d "{\"purpose\":\"MEETING\",\"title\":\"Warm-up\",
      \"startsAt\":\"${first_day}T$(printf %02d $((8 + h % 14))):00:00+08:00\",
      \"endsAt\":\"${first_day}T$(printf %02d $((9 + h % 14))):00:00+08:00\",\"resourceIds\":[\"$2\"]}" || true
  done
}
warm_up "http://localhost:$port_a" "$(psql_db -Atc "select md5('sb-warm-0')::uuid")"
warm_up "http://localhost:$port_b" "$(psql_db -Atc "select md5('sb-warm-1')::uuid")"

# (a) the rush over both nodes
echo "bench: $rush bookings of one room at once over two nodes"
java bench/BookingRush.java "$token" "$rush_room" "$(psql_db -Atc "select to_char((timestamp '$first_day 10:00' at time zone 'Asia/Shanghai') at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")" \
  "$rush" "http://localhost:$port_a" "http://localhost:$port_b" >"$work/rush"
made=$(sed -n 's/^STATUS 201 //p' "$work/rush"); made=${made:-0}
refused=$(sed -n 's/^STATUS 409 //p' "$work/rush"); refused=${refused:-0}
others=$(awk '/^STATUS/ && $2 != 201 && $2 != 409 {s += $3} END {print s + 0}' "$work/rush")
bare=$(sed -n 's/^WITHOUT_CONFLICT //p' "$work/rush")
holds=$(psql_db -Atc "select count(*) from scheduling_booking_resource where resource_id = '$rush_room' and active")
rush_verdict="met"
[ "$made" = 1 ] && [ "$refused" = $((rush - 1)) ] && [ "$others" = 0 ] && [ "$bare" = 0 ] && [ "$holds" = 1 ] \
  || rush_verdict="missed"
echo "rush: $made made, $refused refused (409), $others other answers, $bare 409s without the conflict," \
     "$holds active holds of the room: $rush_verdict"
sed -n 's/^SAMPLE /bench: another answer: /p' "$work/rush" >&2
# the throughput is measured on one node; the second leaves the machine's two cores to it
kill "${pids[1]}" 2>/dev/null && wait "${pids[1]}" 2>/dev/null || true

cat >"$work/book.lua" <<'LUA'
-- each thread books its own 64 rooms, one hour after another from 08:00 to 22:00, day after day from the start day
local rooms, per, counter = {}, tonumber(os.getenv("BENCH_PER_THREAD")), 0
local first = os.getenv("BENCH_FIRST_DAY")
local base = os.time({year = tonumber(first:sub(1, 4)), month = tonumber(first:sub(6, 7)), day = tonumber(first:sub(9, 10)), hour = 12})
local headers = {["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"), ["Content-Type"] = "application/json"}
local threads = 0
function setup(thread) thread:set("tid", threads); threads = threads + 1 end
function init(args) for line in io.lines(os.getenv("BENCH_ROOMS")) do rooms[#rooms + 1] = line end end
request = function()
  local k = counter
  counter = counter + 1
  local slot = math.floor(k / per)
  local day = os.date("%Y-%m-%d", base + (tonumber(os.getenv("BENCH_DAY_OFFSET")) + math.floor(slot / 14)) * 86400)
  local hour = 8 + slot % 14
  local body = string.format('{"purpose":"MEETING","title":"Bench %d-%d","startsAt":"%sT%02d:00:00+08:00",'
    .. '"endsAt":"%sT%02d:00:00+08:00","resourceIds":["%s"]}', tid, k, day, hour, day, hour + 1,
    rooms[tid * per + k % per + 1])
  return wrk.format("POST", "/api/v1/bookings", headers, body)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %d %d %d\n", summary.requests / (summary.duration / 1e6), summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write, summary.errors.timeout))
end
LUA
cat >"$work/raw.sql" <<SQL
with s as (select nextval('sb_raw_seq') as n),
t as (select gen_random_uuid() as id, md5('sb-raw-' || (n % $rooms))::uuid as room,
             (timestamp '$first_day 08:00' at time zone 'Asia/Shanghai') + (n / $rooms / 14) * interval '1 day'
               + (n / $rooms % 14) * interval '1 hour' as starts
        from s),
b as (insert into scheduling_booking (id, purpose, title, starts_at, ends_at, status, org_unit_id, booked_by,
                                      ical_uid, sequence, version, created_at, updated_at)
      select id, 'MEETING', 'Raw', starts, starts + interval '1 hour', 'CONFIRMED', md5('sb-centre')::uuid,
             md5('sb-booker')::uuid, id || '@pyra', 0, 0, now(), now() from t)
insert into scheduling_booking_resource (booking_id, resource_id, starts_at, ends_at, active)
select id, room, starts, starts + interval '1 hour', true from t;
SQL
api_round() { # seconds day-offset -> "bookings/s requests errors timeouts"
  # the notices' queue (a row in and out per booking) vacuumed every 5 s, as autovacuum would (this machine's
  # PostgreSQL may run without it; its dead rows would slow every booking's insert into the queue)
  ( end=$((SECONDS + $1)); while [ "$SECONDS" -lt "$end" ]; do
      sleep 5; psql_db -c "vacuum scheduling_notice_due" >/dev/null 2>&1 || true
    done ) &
  local vacuum=$!
  BENCH_TOKEN=$token BENCH_ROOMS="$work/rooms" BENCH_PER_THREAD=$per_thread BENCH_FIRST_DAY=$first_day \
    BENCH_DAY_OFFSET=$2 wrk -t$threads -c16 -d"$1s" -s "$work/book.lua" "http://localhost:$port_a" | sed -n 's/^RESULT //p'
  wait "$vacuum" 2>/dev/null || true
}
raw_round() { # seconds -> bookings/s
  pgbench -n -M simple -c16 -j2 -T"$1" -f "$work/raw.sql" "$pg_url/$db" 2>&1 \
    | sed -n 's/^tps = \([0-9.]*\) .*/\1/p' | head -n1
}

# the node's JIT needs about a minute and a half of bookings to compile the path (pgbench needs none)
echo "bench: warming up"
api_round "${BOOKING_WARM_UP:-90}" 0 >/dev/null
raw_round 5 >/dev/null
api_before=$(psql_db -Atc "select count(*) from scheduling_booking where title like 'Bench %'")
for round in 1 2 3; do
  api_round "$seconds" $((round * 300)) >>"$work/api"
  raw_round "$seconds" >>"$work/raw"
done
api_bps=$(cut -d' ' -f1 "$work/api" | median)
raw_bps=$(median <"$work/raw" | awk '{printf "%.1f", $1}')
sent=$(awk '{s += $2} END {print s}' "$work/api")
errors=$(awk '{s += $3} END {print s}' "$work/api")
timeouts=$(awk '{s += $4} END {print s}' "$work/api")
stored=$(($(psql_db -Atc "select count(*) from scheduling_booking where title like 'Bench %'") - api_before))
ratio=$(awk -v a="$api_bps" -v b="$raw_bps" 'BEGIN {printf "%.2f", a / b}')
verdict="met"
awk -v r="$ratio" 'BEGIN {exit !(r >= 0.4)}' || verdict="missed"
[ "$errors" = 0 ] || verdict="$verdict; $errors failed"
[ "$timeouts" = 0 ] || verdict="$verdict; $timeouts over 2 s"
# wrk counts the answers it read; a booking still unanswered at the end of a round may be stored too
[ "$stored" -ge "$sent" ] || verdict="$verdict; $stored stored of $sent answered"
# every booking's notice leaves the queue (no mail server here: the job drops them) within a minute
for _ in $(seq 1 300); do
  queued=$(psql_db -Atc "select count(*) from scheduling_notice_due")
  [ "$queued" = 0 ] && break; sleep 0.2
done
[ "$queued" = 0 ] || verdict="$verdict; $queued notices still queued"
echo "bookings: API ${api_bps}/s (16 connections, $sent answered, $stored stored), pgbench ${raw_bps}/s," \
     "ratio ${ratio} (target >= 0.4): $verdict"

{
  echo "## Scheduling: booking rooms (PostgreSQL)"
  echo
  echo "A fresh database; a centre on Shanghai's clock (08:00-22:00), a customer-service assistant booking with a"
  echo "bearer token. Rush: two application nodes on the database, $rush bookings of one room for overlapping hours"
  echo "(every two overlap) sent at once, alternately to each node; exactly one must be made and the others refused"
  echo "(409 with the conflicting booking), with one active hold of the room in the database. Throughput: \`POST"
  echo "/api/v1/bookings\` through one node, 16 connections (wrk), each request its own room and hour ($rooms rooms);"
  echo "every answer a 201 and stored. Raw: pgbench -c 16 inserting the same rows (the booking and its hold, one"
  echo "transaction a booking, under the same exclusion constraint) for $rooms other rooms. 3 rounds of ${seconds} s,"
  echo "medians, after the node was warmed up by ${BOOKING_WARM_UP:-90} s of bookings (its JIT compiling the path). Every"
  echo "booking's notice must have left the queue within a minute after; the queue is vacuumed every 5 s during the"
  echo "API rounds, as autovacuum would (this machine's PostgreSQL runs without it). Target: the API at least 0.4 x"
  echo "pgbench."
  echo
  echo "| date | machine | rush: made / refused / holds | API bookings/s | pgbench bookings/s | ratio | target |"
  echo "|---|---|---|---|---|---|---|"
  echo "| $today | $machine | $made / $refused / $holds ($rush_verdict) | ${api_bps} | ${raw_bps} | ${ratio} | $verdict |"
} >"${BENCH_OUT:-$work}/scheduling-booking"
[ -n "${BENCH_OUT:-}" ] || cat "$work/scheduling-booking"
