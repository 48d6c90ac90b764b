#!/usr/bin/env bash
# Faults (issue 16, point 5): the database restarted under load, and an instance killed with kill -9 while a unit
# asks for guidance. Reports figures; exits 1 when a check fails.
#
#   bench/faults.sh               build the jar, start a PostgreSQL of its own (initdb in a temporary directory, a free
#                                 port: the machine's cluster is never touched), start the platform on it with the demo
#                                 data, then run both faults
#   SKIP_BUILD=1 bench/faults.sh  reuse target/tsbase-*.jar
#   DOWN=10 CLIENTS=32 LOAD=40 JAVA_OPTS=...   seconds the database stays down, wrk connections, seconds of load
# The platform's log is left in target/faults-app.log.
#
# Fault 1: CLIENTS logged-in connections load /units with wrk while a unit (xc_unit) files guidance requests through
# the page's form one after the other; PostgreSQL is stopped (fast shutdown) for DOWN seconds, then started. Checks: while it is down every
# probe of a page answers 503 with the platform's page (no 500, no stack trace); a page answers 200 again within 10 s
# of the database's return; every request the platform acknowledged (the redirect to the new request's page) is in the
# database afterwards.
# Fault 2: the instance is killed with kill -9 in the middle of the submissions and started again. Checks: every
# acknowledged request is there, and at most the one in flight more (each is one transaction: all or nothing).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

SKIP_BUILD=${SKIP_BUILD:-0}
DOWN=${DOWN:-10}
CLIENTS=${CLIENTS:-32}
LOAD=${LOAD:-40}
JAVA_OPTS=${JAVA_OPTS:-}
PASSWORD='Demo#2026pass'

command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null 2>&1 || { echo "wrk is missing" >&2; exit 2; }
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

bench_build

WORK=$(mktemp -d -t tsbase-faults.XXXXXX)
chmod 755 "$WORK"
APP_PID=
as_postgres() { if [ "$(id -un)" = root ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
	[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
	as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
	jobs -p | xargs -r kill 2>/dev/null || true
	mkdir -p target && cp "$WORK/app.log" target/faults-app.log 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
since() { python3 -c "print(f'{$(bench_now) - $1:.1f}')"; }

PGPORT=$(bench_free_port)
mkdir -p "$WORK/pg"
[ "$(id -un)" = root ] && chown postgres "$WORK/pg"
echo "== a PostgreSQL of its own on port $PGPORT ($PGBIN)"
as_postgres "$PGBIN/initdb" -D "$WORK/pg" -A trust -U postgres -E UTF8 --no-locale >/dev/null
pg() { as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w "$@" >/dev/null; }
pg -o "-p $PGPORT -k $WORK/pg -c listen_addresses=127.0.0.1" start
psql() { command psql -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql -c "CREATE ROLE tsbase LOGIN PASSWORD 'tsbase'" \
	-c "CREATE DATABASE tsbase OWNER tsbase ENCODING 'UTF8' TEMPLATE template0"

PORT=$(bench_free_port)
BASE="http://127.0.0.1:$PORT"
start_app() {
	# shellcheck disable=SC2086
	java $JAVA_OPTS -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" --tsbase.data-dir="$WORK/data" \
		--spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/tsbase" --spring.datasource.username=tsbase \
		--spring.datasource.password=tsbase >>"$WORK/app.log" 2>&1 &
	APP_PID=$!
	local started answered=0
	started=$(bench_now)
	bench_await_answer "$APP_PID" "$BASE/public/ready" ready 600 0.5 || answered=$?
	case $answered in
		0) echo "   ready after $(since "$started") s" ;;
		1) echo "the platform stopped:" >&2; tail -40 "$WORK/app.log" >&2; exit 2 ;;
		*) echo "the platform was not ready after 300 s" >&2; exit 2 ;;
	esac
}
echo "== starting the platform on port $PORT"
start_app

OFFICER=$(bench_login city_officer)
UNIT=$(bench_login xc_unit)
CSRF=$(curl -s -b "$UNIT" "$BASE/guidance/requests" | bench_csrf_of || true)
[ -n "$CSRF" ] || { echo "xc_unit cannot open the guidance request form" >&2; exit 2; }
echo "   city_officer and xc_unit logged in"

FAILED=0
fail() { echo "   FAILED: $*" >&2; FAILED=1; }

# submit: files guidance requests one after the other until stopped; one line per answer: status id (the new request's
# id when the platform acknowledged it by redirecting to its page)
submit() {
	local answer
	while :; do
		answer=$(curl -s -o /dev/null -m 20 -w '%{http_code} %{redirect_url}' -b "$UNIT" \
			--data-urlencode "_csrf=$CSRF" --data-urlencode topics=LAW_CONSULTATION --data-urlencode mode=ONLINE \
			--data-urlencode "description=故障演练：数据库重启与实例终止期间提交的指导申请。" \
			"$BASE/guidance/requests" || true)
		case "$answer" in
			302\ */guidance/requests/[0-9]*) echo "ok ${answer##*/}" ;;
			*) echo "${answer%% *} -" ;;
		esac
	done
}
acknowledged() { awk '$1 == "ok" { print $2 }' "$1" | sort -n; }
# the acknowledged requests missing from the database
missing() {
	local ids
	ids=$(acknowledged "$1" | paste -sd, -)
	[ -n "$ids" ] || { echo 0; return; }
	psql -d tsbase -c "SELECT count(*) FROM unnest(ARRAY[$ids]::bigint[]) a(id)
		WHERE NOT EXISTS (SELECT 1 FROM guidance_request r WHERE r.id = a.id)"
}
stored() { psql -d tsbase -c "SELECT count(*) FROM guidance_request WHERE requested_by = 'xc_unit'"; }
answers() { awk '{ print $1 }' "$1" | sort | uniq -c | awk '{ printf "%s×%s ", $1, $2 }'; }

echo "== fault 1: PostgreSQL stopped for $DOWN s while $CLIENTS connections load /units and xc_unit files guidance requests"
before=$(stored)
cat >"$WORK/session.lua" <<LUA
wrk.headers["Cookie"] = "SESSION=$(bench_session_of "$OFFICER")"
LUA
wrk -t2 -c"$CLIENTS" -d"${LOAD}s" --timeout 30s --latency -s "$WORK/session.lua" "$BASE/units" >"$WORK/wrk.txt" 2>&1 &
WRK=$!
submit >"$WORK/submit-restart.txt" &
SUBMIT=$!
sleep 8
pg -m fast stop
stopped=$(bench_now)
echo "   PostgreSQL stopped"
: >"$WORK/probes.txt"
while [ "$(python3 -c "print(int($(bench_now) - $stopped < $DOWN))")" = 1 ]; do
	curl -s -m 15 -o "$WORK/probe.html" -w '%{http_code}\n' -b "$OFFICER" "$BASE/units" >>"$WORK/probes.txt" || echo 000 >>"$WORK/probes.txt"
	grep -q -e 'Exception' -e 'at org\.' -e 'at java\.' "$WORK/probe.html" && echo trace >>"$WORK/probes.txt"
	sleep 0.5
done
pg -o "-p $PGPORT -k $WORK/pg -c listen_addresses=127.0.0.1" start
back=$(bench_now)
echo "   PostgreSQL started again after $(python3 -c "print(f'{$back - $stopped:.1f}')") s"
recovered=
for _ in $(seq 1 120); do
	if [ "$(curl -s -m 15 -o /dev/null -w '%{http_code}' -b "$OFFICER" "$BASE/units" || true)" = 200 ]; then
		recovered=$(since "$back")
		break
	fi
	sleep 0.25
done
wait "$WRK" || true
kill "$SUBMIT" 2>/dev/null; wait "$SUBMIT" 2>/dev/null || true
probes=$(grep -c -v trace "$WORK/probes.txt" || true)
echo "   probes while down: $probes; answers: $(grep -v trace "$WORK/probes.txt" | sort | uniq -c | awk '{ printf "%s×%s ", $1, $2 }')"
grep -q -v -e '^503$' -e trace "$WORK/probes.txt" && fail "a probe while the database was down answered other than 503"
grep -q trace "$WORK/probes.txt" && fail "a page showed a stack trace"
[ "$probes" -gt 0 ] || fail "no probe ran while the database was down"
if [ -n "$recovered" ]; then
	echo "   a page answered 200 again $recovered s after the database was back"
	python3 -c "import sys; sys.exit(0 if $recovered <= 10 else 1)" || fail "recovery took more than 10 s"
else
	fail "no page answered 200 within 30 s of the database's return"
fi
echo "   wrk over the whole run: $(awk '/Requests\/sec/ { r = $2 } /requests in/ { n = $1 } /Non-2xx or 3xx/ { b = $NF }
	END { printf "%s requests, %d not 2xx (the 503s of the outage), %s req/s", n, b, r }' "$WORK/wrk.txt")"
echo "   submissions: $(answers "$WORK/submit-restart.txt")"
lost=$(missing "$WORK/submit-restart.txt")
echo "   acknowledged $(acknowledged "$WORK/submit-restart.txt" | wc -l), stored $(($(stored) - before)), acknowledged but missing $lost"
[ "$lost" = 0 ] || fail "$lost acknowledged requests are missing"

echo "== fault 2: the instance killed with kill -9 while xc_unit files guidance requests"
before=$(stored)
submit >"$WORK/submit-kill.txt" &
SUBMIT=$!
for _ in $(seq 1 300); do [ "$(grep -c '^ok' "$WORK/submit-kill.txt" || true)" -ge 20 ] && break; sleep 0.1; done
kill -9 "$APP_PID"
killed=$(bench_now)
wait "$APP_PID" 2>/dev/null || true
APP_PID=
sleep 1
kill "$SUBMIT" 2>/dev/null; wait "$SUBMIT" 2>/dev/null || true
ack=$(acknowledged "$WORK/submit-kill.txt" | wc -l)
echo "   killed after $ack acknowledged submissions; starting again"
start_app
rows=$(($(stored) - before))
lost=$(missing "$WORK/submit-kill.txt")
echo "   acknowledged $ack, stored $rows (the one in flight may have committed with its answer lost), missing $lost"
[ "$lost" = 0 ] || fail "$lost acknowledged requests are missing after kill -9"
[ "$rows" -le $((ack + 1)) ] || fail "more requests stored than submitted"
[ "$(curl -s -o /dev/null -w '%{http_code}' -b "$OFFICER" "$BASE/units")" = 200 ] \
	|| fail "the session did not survive the restart"
echo "   back $(since "$killed") s after the kill; the officer's session still works"

echo "$(nproc) cores, $(java -version 2>&1 | head -1), PostgreSQL $("$PGBIN/postgres" -V | awk '{print $3}'), $(date -u '+%F %H:%M') UTC"
[ "$FAILED" = 0 ] && echo "== every check passed" || echo "== some checks FAILED" >&2
exit $FAILED
