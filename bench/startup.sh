#!/usr/bin/env bash
# Start-up and memory (issue 16, point 6): how long the platform takes to accept traffic, the CPU it spends doing so,
# and its resident memory at rest and after load, without and with a class data sharing archive (CDS; the README gives the latest figures).
#
#   bench/startup.sh               build the jar, then measure
#   SKIP_BUILD=1 bench/startup.sh  reuse target/tsbase-*.jar
#   RUNS=3 LOAD=15 JAVA_OPTS="-Xmx256m"   starts per variant, seconds of wrk load, JVM options of every start
#
# It extracts the jar (java -Djarmode=tools extract), starts it once on a fresh embedded database in a temporary
# directory so that the migrations and the demo data are done, then starts it RUNS times plain and RUNS times with an
# archive made by a training run (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh) on that database. Each
# start is timed from the launch to the first 200 of /public/ready (the application accepts traffic, demo data
# included); the CPU seconds are the process's user + system time at that moment, which a loaded machine inflates far
# less than the wall time. Resident memory is read at ready and after LOAD seconds of wrk (2 threads, 32 connections)
# on /public/bases and /public/notices. Prints one line per start and the medians; reports, never fails on figures.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

SKIP_BUILD=${SKIP_BUILD:-0}
RUNS=${RUNS:-3}
LOAD=${LOAD:-15}
JAVA_OPTS=${JAVA_OPTS:-}
READY_TIMEOUT=${READY_TIMEOUT:-600}

command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null 2>&1 || { echo "wrk is missing" >&2; exit 2; }
bench_build
JAR=$(realpath "$JAR")

WORK=$(mktemp -d -t tsbase-startup.XXXXXX)
APP_PID=
cleanup() {
	[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
ticks=$(getconf CLK_TCK)
cpu_seconds() { awk -v t="$ticks" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$1/stat"; }
rss_mb() { echo $(($(ps -o rss= -p "$1") / 1024)); }

java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
APP_JAR=$(ls "$WORK"/app/*.jar | head -1)
mkdir -p "$WORK/run"

# start [extra JVM options...]: launches in $WORK/run (its ./data is the embedded database), waits for ready
start() {
	PORT=$(bench_free_port)
	local launched
	launched=$(bench_now)
	(cd "$WORK/run" && exec java $JAVA_OPTS "$@" -jar "$APP_JAR" --server.port="$PORT") > "$WORK/app.log" 2>&1 &
	APP_PID=$!
	local deadline=$(( $(date +%s) + READY_TIMEOUT ))
	until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/public/ready")" = 200 ]; do
		if ! kill -0 "$APP_PID" 2>/dev/null || [ "$(date +%s)" -gt "$deadline" ]; then
			echo "the platform did not become ready; its log:" >&2
			tail -40 "$WORK/app.log" >&2
			exit 1
		fi
		sleep 0.1
	done
	READY=$(python3 -c "print(f'{$(bench_now) - $launched:.1f}')")
	CPU=$(cpu_seconds "$APP_PID")
	RSS_READY=$(rss_mb "$APP_PID")
}
stop() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }
load() {
	wrk -t2 -c32 -d"${LOAD}s" "http://127.0.0.1:$PORT/public/bases" >/dev/null
	wrk -t2 -c32 -d"${LOAD}s" "http://127.0.0.1:$PORT/public/notices" >/dev/null
	RSS_LOADED=$(rss_mb "$APP_PID")
}

echo "== first start: migrations and demo data on a fresh embedded database"
start
echo "   ready after ${READY} s (${CPU} CPU s)"
stop

echo "== training run for the class data sharing archive"
(cd "$WORK/run" && java $JAVA_OPTS -XX:ArchiveClassesAtExit="$WORK/app.jsa" -Dspring.context.exit=onRefresh \
	-jar "$APP_JAR" --server.port="$(bench_free_port)") > "$WORK/training.log" 2>&1 || true
[ -s "$WORK/app.jsa" ] || { echo "no archive was written; the training log:" >&2; tail -40 "$WORK/training.log" >&2; exit 1; }
echo "   archive $(($(stat -c %s "$WORK/app.jsa") / 1024 / 1024)) MB"

declare -A results
for variant in plain cds; do
	for run in $(seq 1 "$RUNS"); do
		if [ "$variant" = cds ]; then start -XX:SharedArchiveFile="$WORK/app.jsa"; else start; fi
		load
		stop
		printf '   %-5s run %d: ready %6s s   CPU %6s s   resident %5s MB at ready, %5s MB after load\n' \
			"$variant" "$run" "$READY" "$CPU" "$RSS_READY" "$RSS_LOADED"
		results[$variant]+="$READY $CPU $RSS_READY $RSS_LOADED"$'\n'
	done
done

echo "== medians over $RUNS starts (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
for variant in plain cds; do
	printf '%s' "${results[$variant]}" | python3 -c "
import statistics, sys
rows = [list(map(float, line.split())) for line in sys.stdin if line.strip()]
m = [statistics.median(col) for col in zip(*rows)]
print(f'   $variant: ready {m[0]:.1f} s, CPU {m[1]:.1f} s, resident {m[2]:.0f} MB at ready, {m[3]:.0f} MB after load')
"
done
