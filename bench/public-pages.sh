#!/usr/bin/env bash
# The public pages against a plain endpoint of the same application, measured side by side with wrk in one run.
#
#   bench/public-pages.sh                      build the jar, start it on a fresh H2 with the demo and bench profiles
#                                              (300 bases, a notice of 30 units), warm up, measure, stop
#   SKIP_BUILD=1 bench/public-pages.sh         reuse target/tsbase-*.jar
#   DURATION=30s CONNECTIONS=64 WARMUP=60s ... other settings (defaults below)
#   APP_ARGS=--tsbase.public-pages.cache-ttl=0s MIN_RATIO=0 ...   the same without the server-side page cache
#
# Prints requests/s and latency percentiles per path and each page's ratio to /public/ping; exits 1 when a page
# answers anything but 200 or its ratio is below MIN_RATIO (issue 5: at least half the throughput of ping).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-20s}
MIN_RATIO=${MIN_RATIO:-0.5}
SKIP_BUILD=${SKIP_BUILD:-0}
JAVA_OPTS=${JAVA_OPTS:-}
APP_ARGS=${APP_ARGS:-}

if ! command -v wrk >/dev/null; then
	if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
	else echo "wrk is missing: sudo apt-get install -y wrk" >&2; exit 2; fi
fi

bench_build

WORK=$(mktemp -d -t tsbase-bench.XXXXXX)
APP_PID=
cleanup() {
	bench_stop
	rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

echo "== starting $JAR (profiles demo,bench; H2 under $WORK)"
# shellcheck disable=SC2086
bench_start --spring.profiles.active=demo,bench --server.port=0 --tsbase.data-dir="$WORK/data" $APP_ARGS
# the bench data load after the server starts (ApplicationRunners)
bench_await_ready 240 'Bench bases ready' 'Bench notice ready'

NOTICE=$(curl -s "$BASE/public/notices" | grep -m1 -o '/public/notices/[0-9]*"' | tr -d '"' || true)
[ -n "$NOTICE" ] || { echo "the bench notice is missing (see the log)" >&2; tail -40 "$WORK/app.log" >&2; exit 2; }

PATHS=(/public/ping /public/bases "/public/bases?district=110102&page=2" /public/notices "$NOTICE")

echo "== what each path answers (curl, no redirects followed)"
declare -A BODY
for path in "${PATHS[@]}"; do
	read -r code size < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' "$BASE$path")
	printf '   %-40s %s  %6s bytes\n' "$path" "$code" "$size"
	[ "$code" = 200 ] || { echo "$path answered $code, not 200" >&2; exit 1; }
	BODY[$path]=$size
done
ROWS=$(curl -s "$BASE/public/bases?district=110102&page=2" | grep -c '<tr>' || true)
[ "$ROWS" -gt 20 ] || { echo "page 3 of 西城区 has fewer than 20 bases: the bench data did not load" >&2; exit 2; }

echo "== warming up: each path for $WARMUP at 8 connections"
for path in "${PATHS[@]}"; do
	wrk -t"$THREADS" -c8 -d"$WARMUP" "$BASE$path" >/dev/null
done

# wrk's output -> "req/s p50 p90 p99 bytes_per_response non2xx3xx socket_errors" (latencies in ms)
parse() {
	awk '
	function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
	function bytes(v) { if (v ~ /KB$/) return v * 1024; if (v ~ /MB$/) return v * 1048576; if (v ~ /GB$/) return v * 1073741824; return v + 0 }
	/^ +50%/ { p50 = ms($2) } /^ +90%/ { p90 = ms($2) } /^ +99%/ { p99 = ms($2) }
	/requests in/ { n = $1; read = bytes($5) }
	/Requests\/sec/ { rps = $2 }
	/Non-2xx or 3xx/ { bad = $NF }
	/Socket errors/ { errors = $0; sub(/.*Socket errors: /, "", errors); gsub(/ /, "", errors) }
	END { printf "%.0f %.2f %.2f %.2f %.0f %d %s\n", rps, p50, p90, p99, (n ? read / n : 0), bad + 0, (errors == "" ? "none" : errors) }'
}

measure() {
	local label=$1 path=$2
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE$path" >"$WORK/$label.txt"
	parse <"$WORK/$label.txt" >"$WORK/$label.parsed"
}

echo "== measuring: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, one path after the other"
measure ping-first /public/ping
for i in 1 2 3 4; do measure "page-$i" "${PATHS[$i]}"; done
measure ping-last /public/ping

read -r PING1 _ <"$WORK/ping-first.parsed"
read -r PING2 _ <"$WORK/ping-last.parsed"
BASELINE=$((PING1 > PING2 ? PING1 : PING2))

echo
echo "$(nproc) cores, $(java -version 2>&1 | head -1), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "baseline: the better of the two /public/ping runs ($PING1 and $PING2 req/s)"
printf '%-40s %9s %8s %8s %8s %9s %8s %7s\n' path req/s p50_ms p90_ms p99_ms bytes/resp non2xx ratio
FAILED=0
row() {
	local label=$1 path=$2 rps p50 p90 p99 size bad errors ratio
	read -r rps p50 p90 p99 size bad errors <"$WORK/$label.parsed"
	ratio=$(awk -v a="$rps" -v b="$BASELINE" 'BEGIN { printf "%.2f", a / b }')
	printf '%-40s %9s %8s %8s %8s %9s %8s %7s\n' "$path" "$rps" "$p50" "$p90" "$p99" "$size" "$bad" "$ratio"
	if [ "$bad" != 0 ]; then echo "   $path: $bad responses were not 2xx/3xx" >&2; FAILED=1; fi
	# wrk counts a 3xx as a success: a response shorter than the page's body cannot have been the page
	if [ "$size" -lt "${BODY[$path]}" ]; then echo "   $path: $size bytes a response, not the page" >&2; FAILED=1; fi
	if [ "$errors" != none ]; then echo "   $path: socket errors $errors" >&2; fi
	if [ "$label" != ping-first ] && [ "$label" != ping-last ] \
		&& awk -v r="$ratio" -v m="$MIN_RATIO" 'BEGIN { exit !(r < m) }'; then
		echo "   $path: ratio $ratio is below $MIN_RATIO" >&2
		FAILED=1
	fi
}
row ping-first /public/ping
for i in 1 2 3 4; do row "page-$i" "${PATHS[$i]}"; done
row ping-last /public/ping
exit $FAILED
