#!/usr/bin/env bash
# Logged-in pages against the authenticated and the anonymous plain endpoint, on PostgreSQL, measured with wrk in one
# run (issue 16, point 2): 32 sessions per page, three per account (the per-user session limit) over the demo user of
# the page's role and the accounts the bench profile clones for it.
#
#   bench/pages.sh                   build the jar, recreate the database $DB on 127.0.0.1:5432 (role tsbase/tsbase,
#                                    created by .ci/postgres-up), start it with the demo and bench profiles, measure, stop
#   SKIP_BUILD=1 bench/pages.sh      reuse target/tsbase-*.jar
#   FACTOR=10 bench/pages.sh         first load bench/scale.sql at that factor (10 = the issue's "10× Beijing":
#                                    50,000 units, 20,000 declarations with their reviews, about 100,000 expert scores,
#                                    5,000 bases with their plans, activities, liaison reports, visits and incidents,
#                                    1,000,000 audit entries, 200,000 notifications); FACTOR=0 (default) measures the
#                                    demo and bench data as shipped
#   EXPORTS="/units/export.xlsx …"  also time these downloads at the end (the municipal officer's), with their rows
#   REUSE_DB=1 bench/pages.sh        measure on the database $DB as an earlier run left it (its factor's data kept)
#   ONLY="dashboard trends"          measure these pages only (labels of PAGES below; /api/v1/me is always measured)
#   DB=tsbase_bench DURATION=15s WARMUP=10s READY_TIMEOUT=300 APP_ARGS=... JAVA_OPTS=...   other settings
#
# Every wrk thread holds one connection with a session of its own (wrk -tN -cN, the cookie set per thread in Lua).
# Prints requests/s, p50/p90/p99 per page, each page's ratio to the logged-in /api/v1/me and the SQL statements
# Hibernate prepared for one view of the page (the bench profile's X-Statement-Count header); exits 1 when a page
# answers anything but 200 (a redirect to the login page included).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

SESSIONS=${SESSIONS:-32}
FACTOR=${FACTOR:-0}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-10s}
DB=${DB:-tsbase_bench}
SKIP_BUILD=${SKIP_BUILD:-0}
JAVA_OPTS=${JAVA_OPTS:-}
APP_ARGS=${APP_ARGS:-}
READY_TIMEOUT=${READY_TIMEOUT:-300}
EXPORTS=${EXPORTS:-}
REUSE_DB=${REUSE_DB:-0}
ONLY=${ONLY:-}
PASSWORD='Demo#2026pass'

command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || { echo "wrk is missing" >&2; exit 2; }; }

bench_build

if [ "$REUSE_DB" = 1 ]; then
	echo "== reusing the database $DB as an earlier run left it (the data of factor $FACTOR, not loaded again)"
else
	bench_recreate_db "$DB"
fi

WORK=$(mktemp -d -t tsbase-pages.XXXXXX)
APP_PID=
cleanup() {
	bench_stop
	rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

echo "== starting $JAR (profiles demo,bench on PostgreSQL $DB)"
# shellcheck disable=SC2086
bench_start --spring.profiles.active=demo,bench --server.port=0 --tsbase.data-dir="$WORK/data" \
	$(bench_postgres_args "$DB") --tsbase.security.login-attempts-per-minute=100000 $APP_ARGS
bench_await_ready "$READY_TIMEOUT" 'Bench bases ready'

# login USER -> prints the SESSION cookie's value of a fresh logged-in session
login() { bench_session_of "$(bench_login "$1" "$WORK/cookies-$1-$RANDOM")"; }

# The heaviest page of each role, as "label user path".
PAGES=(
	"me city_officer /api/v1/me"
	"units city_officer /units"
	"units-search city_officer /units?q=%E7%A7%91%E6%8A%80"
	"dashboard city_officer /reporting/dashboard"
	"bases city_officer /bases"
	"operation-overview xc_officer /operation/overview"
	"district-queue xc_officer /review/declarations"
	"evaluations city_officer /evaluation/evaluations"
	"incidents xc_officer /casework/incidents"
	"guidance-visits xc_guide /guidance/visits"
	"expert-reviews expert1 /selection/reviews"
	"unit-base xc_unit /unit/base"
	"audit-log auditadmin /audit"
	"trends city_officer /reporting/trends?from=2017&to=2026"
	"district-dashboard xc_officer /reporting/dashboard"
	"summaries city_officer /reporting/summaries"
	"escalations city_officer /reporting/escalations"
)

# ONLY="label …": measure these pages only (the logged-in /api/v1/me, the ratios' reference, is always kept)
if [ -n "$ONLY" ]; then
	kept=()
	for entry in "${PAGES[@]}"; do
		read -r label _ <<<"$entry"
		if [ "$label" = me ] || [[ " $ONLY " == *" $label "* ]]; then kept+=("$entry"); fi
	done
	PAGES=("${kept[@]}")
fi

# the statements of one view of each page (the bench profile's X-Statement-Count header, the second of two views)
statements_of() { # cookie path -> count
	curl -s -o /dev/null -H "Cookie: SESSION=$1" "$BASE$2"
	curl -s -o /dev/null -D "$WORK/headers" -H "Cookie: SESSION=$1" "$BASE$2"
	awk -F': ' 'tolower($1) == "x-statement-count" { gsub(/\r/, "", $2); print $2 }' "$WORK/headers"
}
declare -A BEFORE
if [ "$FACTOR" -gt 0 ] && [ "$REUSE_DB" != 1 ]; then
	echo "== statements per page before the load (the demo and bench data as shipped)"
	declare -A FIRST_SESSION
	for entry in "${PAGES[@]}"; do
		read -r label user path <<<"$entry"
		[ -n "${FIRST_SESSION[$user]:-}" ] || FIRST_SESSION[$user]=$(login "$user")
		BEFORE[$label]=$(statements_of "${FIRST_SESSION[$user]}" "$path")
	done
	# the generator copies an encrypted declaration content that the platform wrote: xc_unit2 starts a draft
	jar=$(bench_login xc_unit2 "$WORK/cookies-draft")
	page=$(curl -s -b "$jar" "$BASE/declarations")
	call=$(echo "$page" | grep -o 'name="callId" value="[0-9]*"' | head -1 | grep -o '[0-9]*')
	csrf=$(echo "$page" | bench_csrf_of)
	curl -s -o /dev/null -b "$jar" --data-urlencode "callId=$call" --data-urlencode baseType=POINT \
		--data-urlencode "_csrf=$csrf" "$BASE/declarations"
	# ... and the texts of the generated leak incidents: xc_unit reports one through the API
	jar=$(bench_login xc_unit "$WORK/cookies-incident")
	csrf=$(curl -s -b "$jar" "$BASE/casework/incidents" | bench_csrf_of)
	curl -s -o /dev/null -b "$jar" -H "X-CSRF-TOKEN: $csrf" -H 'Content-Type: application/json' \
		-d '{"discoveredOn":"'"$(date +%F)"'","origin":"INTERNAL","intent":"MALICIOUS","secretCategory":"TECHNICAL","channel":"DEPARTING_STAFF","description":"离职技术人员涉嫌带走产品设计图纸，公司已固定邮件外发记录等证据。","evidenceSecured":true,"accessRevoked":true,"lettersSent":true,"policeReported":false,"actionsTaken":"已向离职人员发送律师函，并申请证据保全。","helpWanted":true,"remedy":"CIVIL"}' \
		"$BASE/api/v1/incidents"
	# ... and the platform's default indicator systems, which it copies to the years it evaluates (the bench profile
	# writes none): the municipal officer creates this year's, in the session that counted the statements above
	officer="Cookie: SESSION=${FIRST_SESSION[city_officer]}"
	csrf=$(curl -s -H "$officer" "$BASE/evaluation/indicator-systems" | bench_csrf_of)
	for type in POINT ZONE; do
		curl -s -o /dev/null -H "$officer" --data-urlencode "year=$(date +%Y)" --data-urlencode "baseType=$type" \
			--data-urlencode "_csrf=$csrf" "$BASE/evaluation/indicator-systems"
	done
	echo "== loading bench/scale.sql at factor $FACTOR"
	started=$(date +%s)
	PGPASSWORD=tsbase psql -q -v factor="$FACTOR" -v ON_ERROR_STOP=1 -h 127.0.0.1 -U tsbase -d "$DB" -f bench/scale.sql \
		2>&1 | grep -v WARNING
	echo "   loaded in $(($(date +%s) - started)) s"
fi


# SESSIONS sessions per page: three per account (the per-user session limit), over the user and the accounts the
# bench profile clones for it (<user>_b1 … _b10, BenchAccounts); a user without clones (an expert, a unit) gets fewer
declare -A COOKIES
for entry in "${PAGES[@]}"; do
	read -r _ user _ <<<"$entry"
	[ -n "${COOKIES[$user]:-}" ] && continue
	list=
	count=0
	for account in "$user" $(for i in $(seq 1 10); do echo "${user}_b$i"; done); do
		for _ in 1 2 3; do
			[ "$count" -ge "$SESSIONS" ] && break 2
			cookie=$(login "$account")
			[ -n "$cookie" ] || continue 2
			# a session that is not logged in (no such account) is sent to the login page: leave the account out
			[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$cookie" "$BASE/api/v1/me")" = 200 ] || continue 2
			list="$list $cookie"
			count=$((count + 1))
		done
	done
	COOKIES[$user]=$list
	echo "   $user: $count sessions"
done

cat >"$WORK/session.lua" <<'LUA'
local cookies = {}
for c in string.gmatch(os.getenv("BENCH_COOKIES"), "%S+") do table.insert(cookies, c) end
local next_thread = 0
function setup(thread)
	next_thread = next_thread + 1
	thread:set("cookie", cookies[((next_thread - 1) % #cookies) + 1])
end
function init(args)
	wrk.headers["Cookie"] = "SESSION=" .. cookie
end
function done(summary, latency, requests)
	io.write(string.format("p95latency %.3f\n", latency:percentile(95) / 1000))
end
LUA

echo "== what each page answers (one session, no redirects followed)"
for entry in "${PAGES[@]}"; do
	read -r label user path <<<"$entry"
	cookie=$(echo "${COOKIES[$user]}" | awk '{ print $1 }')
	code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$cookie" "$BASE$path")
	printf '   %-22s %-14s %-40s %s\n' "$label" "$user" "$path" "$code"
	[ "$code" = 200 ] || { echo "$path answered $code for $user, not 200" >&2; exit 1; }
done

parse() {
	awk '
	function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
	/^ +50%/ { p50 = ms($2) } /^ +90%/ { p90 = ms($2) } /^ +99%/ { p99 = ms($2) } /^p95latency/ { p95 = $2 }
	/Requests\/sec/ { rps = $2 } /Non-2xx or 3xx/ { bad = $NF }
	END { printf "%.0f %.2f %.2f %.2f %d %.2f\n", rps, p50, p90, p99, bad + 0, p95 }'
}

run() { # label user path duration
	local n
	n=$(echo "${COOKIES[$2]}" | wc -w)
	BENCH_COOKIES="${COOKIES[$2]}" wrk -t"$n" -c"$n" -d"$4" --latency -s "$WORK/session.lua" "$BASE$3" >"$WORK/$1.txt"
	parse <"$WORK/$1.txt" >"$WORK/$1.parsed"
}

echo "== warming up: each page for $WARMUP"
for entry in "${PAGES[@]}"; do read -r label user path <<<"$entry"; run "warm-$label" "$user" "$path" "$WARMUP"; done
# the statements of one view of each page, once the caches are warm (the bench profile's X-Statement-Count header)
declare -A STATEMENTS
for entry in "${PAGES[@]}"; do
	read -r label user path <<<"$entry"
	cookie=$(echo "${COOKIES[$user]}" | awk '{ print $1 }')
	curl -s -o /dev/null -D "$WORK/headers" -H "Cookie: SESSION=$cookie" "$BASE$path"
	STATEMENTS[$label]=$(awk -F': ' 'tolower($1) == "x-statement-count" { gsub(/\r/, "", $2); print $2 }' "$WORK/headers")
done
echo "== measuring: up to $SESSIONS sessions per page, $DURATION each, one page after the other"
wrk -t"$SESSIONS" -c"$SESSIONS" -d"$DURATION" --latency "$BASE/public/ping" >"$WORK/anonymous.txt"
parse <"$WORK/anonymous.txt" >"$WORK/anonymous.parsed"
for entry in "${PAGES[@]}"; do read -r label user path <<<"$entry"; run "$label" "$user" "$path" "$DURATION"; done

read -r ANON _ <"$WORK/anonymous.parsed"
read -r ME _ <"$WORK/me.parsed"
echo
echo "$(nproc) cores, $(java -version 2>&1 | head -1), PostgreSQL $(psql -V | awk '{print $3}'), $(date -u +%F)"
echo "anonymous /public/ping: $ANON req/s; logged-in /api/v1/me: $ME req/s ($(awk -v a="$ME" -v b="$ANON" 'BEGIN { printf "%.2f", a / b }') of anonymous)"
echo "data: factor $FACTOR ($(PGPASSWORD=tsbase psql -At -h 127.0.0.1 -U tsbase -d "$DB" -c "select (select count(*) from unit) || ' units, ' || (select count(*) from declaration) || ' declarations, ' || (select count(*) from demonstration_base) || ' bases, ' || (select count(*) from audit_entry) || ' audit entries'"))"
printf '%-22s %-40s %8s %8s %8s %8s %8s %7s %6s %5s %7s\n' page path req/s p50_ms p90_ms p95_ms p99_ms non2xx ratio stmts before
FAILED=0
for entry in "${PAGES[@]}"; do
	read -r label user path <<<"$entry"
	read -r rps p50 p90 p99 bad p95 <"$WORK/$label.parsed"
	printf '%-22s %-40s %8s %8s %8s %8s %8s %7s %6s %5s %7s\n' "$label" "$path" "$rps" "$p50" "$p90" "$p95" "$p99" "$bad" \
		"$(awk -v a="$rps" -v b="$ME" 'BEGIN { printf "%.2f", a / b }')" "${STATEMENTS[$label]:-?}" "${BEFORE[$label]:--}"
	[ "$bad" = 0 ] || { echo "   $path: $bad responses were not 2xx/3xx" >&2; FAILED=1; }
done
# EXPORTS="path …": each downloaded twice by the municipal officer, with its time, size and rows
if [ -n "$EXPORTS" ]; then
	echo "== exports ($(ps -o args= -p "$APP_PID" | grep -o -- '-Xmx[^ ]*' || echo 'default heap'))"
	cookie=$(login city_officer)
	for path in $EXPORTS; do
		for run in 1 2; do
			curl -s -o "$WORK/export.xlsx" -H "Cookie: SESSION=$cookie" -w "   $path ($run): %{http_code}, %{size_download} bytes, first byte %{time_starttransfer} s, all %{time_total} s" "$BASE$path"
			python3 -c "import re, sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(', %d rows' % (len(re.findall(b'<row ', z.read('xl/worksheets/sheet1.xml'))) - 1))" "$WORK/export.xlsx" 2>/dev/null || echo ", not a workbook"
		done
	done
	echo "   OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$WORK/app.log" || true); resident memory $(($(ps -o rss= -p "$APP_PID") / 1024)) MB"
fi
exit $FAILED
