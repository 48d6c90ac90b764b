#!/usr/bin/env bash
# Two instances of the platform on one PostgreSQL database behind Debian's nginx as a round-robin proxy (issue 16,
# point 4), checked and measured in one run; ClusterTests checks the same set-up in CI.
#
#   bench/cluster.sh               build the jar, recreate the database $DB on 127.0.0.1:5432 (role tsbase/tsbase, created
#                                  by .ci/postgres-up), start instance A (demo profile: it loads the demo data), then B,
#                                  then nginx (a configuration of its own in a temporary directory, not the system one,
#                                  in the foreground), check that the two behave as one, measure, stop everything
#   SKIP_BUILD=1 bench/cluster.sh  reuse target/tsbase-*.jar
#   HOLD=1 bench/cluster.sh        after the checks, keep everything running until Ctrl-C (the proxy's port is printed)
#   DB=tsbase_cluster DURATION=10s CONNECTIONS=16 LOGIN_LIMIT=5 APP_ARGS=... JAVA_OPTS=...   (defaults below)
#
# Checks (exit 1 when one fails): a session logged in through the proxy is served by both instances; a login posted to
# B with the form (and CSRF token) fetched from A succeeds; LOGIN_LIMIT+3 login attempts of one client spread over A,
# B and the proxy get exactly LOGIN_LIMIT answers that are not 429. Measures with wrk: the anonymous /public/ping and
# the logged-in /api/v1/me on one instance directly and through the proxy over both.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

DB=${DB:-tsbase_cluster}
SKIP_BUILD=${SKIP_BUILD:-0}
HOLD=${HOLD:-0}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-16}
LOGIN_LIMIT=${LOGIN_LIMIT:-5}
JAVA_OPTS=${JAVA_OPTS:-}
APP_ARGS=${APP_ARGS:-}
PASSWORD='Demo#2026pass'

export DEBIAN_FRONTEND=noninteractive
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null || apt-get install -y -qq nginx-light >/dev/null 2>&1 \
	|| { echo "nginx is missing (apt-get install nginx-light)" >&2; exit 2; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null 2>&1 || { echo "wrk is missing" >&2; exit 2; }

bench_build
bench_recreate_db "$DB"

WORK=$(mktemp -d -t tsbase-cluster.XXXXXX)
chmod 755 "$WORK"
PIDS=()
cleanup() {
	for pid in "${PIDS[@]}"; do
		if kill -0 "$pid" 2>/dev/null; then kill "$pid"; fi
	done
	for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
	rm -rf "$WORK"
}
trap cleanup EXIT INT TERM


# start NAME PORT: one instance on the shared database, with the shared data directory (the audit anchor, attachments)
start() {
	echo "== starting instance $1 on port $2"
	# shellcheck disable=SC2086
	java $JAVA_OPTS -jar "$JAR" --spring.profiles.active=demo --server.port="$2" --tsbase.data-dir="$WORK/data" \
		$(bench_postgres_args "$DB") --tsbase.security.trusted-proxies=127.0.0.1 \
		--tsbase.security.login-attempts-per-minute="$LOGIN_LIMIT" $APP_ARGS >"$WORK/$1.log" 2>&1 &
	PIDS+=($!)
	local pid=$! started answered=0
	started=$(date +%s)
	bench_await_answer "$pid" "http://127.0.0.1:$2/public/ping" ok 300 1 || answered=$?
	case $answered in
		0) echo "   ready after $(($(date +%s) - started)) s" ;;
		1) echo "instance $1 stopped:" >&2; tail -40 "$WORK/$1.log" >&2; exit 2 ;;
		*) echo "instance $1 not ready after 300 s" >&2; exit 2 ;;
	esac
}

PORT_A=$(bench_free_port)
start A "$PORT_A"
PORT_B=$(bench_free_port)
start B "$PORT_B"

PORT=$(bench_free_port)
mkdir -p "$WORK/nginx"
cat >"$WORK/nginx/nginx.conf" <<NGINX
$([ "$(id -un)" = root ] && echo "user root;")
daemon off;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/client_body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream tsbase {
    server 127.0.0.1:$PORT_A;
    server 127.0.0.1:$PORT_B;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$PORT;
    location / {
      proxy_pass http://tsbase;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
NGINX
echo "== starting nginx on port $PORT (round robin over $PORT_A and $PORT_B)"
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log" >"$WORK/nginx/out.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 50); do [ "$(curl -s "http://127.0.0.1:$PORT/public/ping" || true)" = ok ] && break; sleep 0.2; done
[ "$(curl -s "http://127.0.0.1:$PORT/public/ping" || true)" = ok ] || { cat "$WORK/nginx/"*.log >&2; exit 2; }

FAILED=0

echo "== a session through the proxy, served by both instances"
jar="$WORK/cookies-proxy"
curl -s -o /dev/null -b "$jar" -c "$jar" -H "X-Forwarded-For: 198.18.0.1" --data-urlencode username=city_officer \
	--data-urlencode "password=$PASSWORD" \
	--data-urlencode "_csrf=$(curl -s -c "$jar" -H "X-Forwarded-For: 198.18.0.1" "http://127.0.0.1:$PORT/login" | bench_csrf_of)" \
	"http://127.0.0.1:$PORT/login"
for _ in 1 2 3 4 5 6; do
	curl -s -o /dev/null -D - -b "$jar" -w 'status %{http_code}\n' "http://127.0.0.1:$PORT/api/v1/me" \
		| awk 'tolower($1) == "x-upstream:" { u = $2 } /^status/ { print $2, u }' | tr -d '\r'
done >"$WORK/upstreams"
sed 's/^/   /' "$WORK/upstreams"
if [ "$(awk '$1 == 200 { print $2 }' "$WORK/upstreams" | sort -u | wc -l)" = 2 ] && ! awk '$1 != 200' "$WORK/upstreams" | grep -q .; then
	echo "   ok: every request 200, served by both instances"
else
	echo "   FAILED: the session was not served by both instances" >&2; FAILED=1
fi

echo "== the login form from A, the login posted to B"
jar="$WORK/cookies-ab"
csrf=$(curl -s -c "$jar" -H "X-Forwarded-For: 198.18.0.2" "http://127.0.0.1:$PORT_A/login" | bench_csrf_of)
location=$(curl -s -o /dev/null -b "$jar" -c "$jar" -H "X-Forwarded-For: 198.18.0.2" -w '%{redirect_url}' \
	--data-urlencode username=city_officer --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" \
	"http://127.0.0.1:$PORT_B/login")
me=$(curl -s -o /dev/null -b "$jar" -w '%{http_code}' "http://127.0.0.1:$PORT_A/api/v1/me")
echo "   redirected to $location; /api/v1/me on A: $me"
case "$location" in *login*) FAILED=1; echo "   FAILED: the login on B was refused" >&2 ;; esac
[ "$me" = 200 ] || { FAILED=1; echo "   FAILED: A does not know the session begun on B" >&2; }

echo "== $((LOGIN_LIMIT + 3)) login attempts of one client over A, B and the proxy (limit $LOGIN_LIMIT a minute)"
statuses=
for i in $(seq 1 $((LOGIN_LIMIT + 3))); do
	case $((i % 3)) in 0) port=$PORT_A ;; 1) port=$PORT_B ;; *) port=$PORT ;; esac
	jar="$WORK/cookies-limit"
	csrf=$(curl -s -b "$jar" -c "$jar" -H "X-Forwarded-For: 198.18.0.3" "http://127.0.0.1:$port/login" | bench_csrf_of)
	statuses="$statuses $(curl -s -o /dev/null -b "$jar" -c "$jar" -H "X-Forwarded-For: 198.18.0.3" -w '%{http_code}' \
		--data-urlencode username=nobody_$i --data-urlencode password=wrong-password-1A --data-urlencode "_csrf=$csrf" \
		"http://127.0.0.1:$port/login")"
done
passed=$(echo "$statuses" | tr ' ' '\n' | grep -c -v -e '^$' -e '^429$' || true)
echo "   answers:$statuses ($passed not 429)"
[ "$passed" = "$LOGIN_LIMIT" ] || { FAILED=1; echo "   FAILED: $passed attempts passed, the limit is $LOGIN_LIMIT" >&2; }

if [ "$HOLD" = 1 ]; then
	echo "== running: the proxy on http://127.0.0.1:$PORT, A on $PORT_A, B on $PORT_B (Ctrl-C stops everything)"
	wait
fi

cat >"$WORK/session.lua" <<LUA
wrk.headers["Cookie"] = "SESSION=$(bench_session_of "$WORK/cookies-proxy")"
LUA
parse() { awk '/Requests\/sec/ { rps = $2 } /^ +99%/ { p99 = $2 } /Non-2xx or 3xx/ { bad = $NF }
	END { printf "%8.0f req/s  p99 %-8s non-2xx %d\n", rps, p99, bad + 0 }'; }
echo "== measuring: wrk -t2 -c$CONNECTIONS -d$DURATION, one after the other"
for target in "A:$PORT_A" "proxy:$PORT"; do
	name=${target%%:*}
	port=${target#*:}
	printf '   %-6s %-16s %s\n' "$name" /public/ping \
		"$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$port/public/ping" | parse)"
	printf '   %-6s %-16s %s\n' "$name" /api/v1/me \
		"$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/session.lua" "http://127.0.0.1:$port/api/v1/me" | parse)"
done
echo "$(nproc) cores, $(java -version 2>&1 | head -1), $("$NGINX" -v 2>&1), PostgreSQL $(psql -V | awk '{print $3}'), $(date -u '+%F %H:%M') UTC"
[ "$FAILED" = 0 ] && echo "== every check passed" || echo "== some checks FAILED" >&2
exit $FAILED
