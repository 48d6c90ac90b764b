# shellcheck shell=bash
# What the bench scripts share, sourced by them after `cd` to the project's root: building the jar, recreating a
# PostgreSQL database, starting the application and waiting for it to answer, logging in with a cookie jar.
# Functions only; each reads the script's settings (SKIP_BUILD, JAVA_OPTS, WORK, BASE, PASSWORD) as it is called.

# The application's jar in target/ (not the plain or sources one), if there is one.
bench_jar() { ls target/tsbase-*.jar 2>/dev/null | grep -v -e '-plain' -e '-sources' | head -1; }

# Builds the jar unless SKIP_BUILD=1 and there is one; sets JAR.
bench_build() {
	if [ "${SKIP_BUILD:-0}" != 1 ] || [ -z "$(bench_jar)" ]; then
		echo "== building the jar"
		./mvnw -B -ntp -q -DskipTests package
	fi
	JAR=$(bench_jar)
}

# Runs the command as the operating system's postgres user (su when the script runs as another user).
bench_as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -c "$(printf '%q ' "$@")"; fi; }

# bench_recreate_db DB: drops the database on 127.0.0.1:5432 and creates it empty, owned by the role tsbase.
bench_recreate_db() {
	echo "== recreating the database $1"
	bench_as_postgres psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" \
		-c "CREATE DATABASE $1 OWNER tsbase ENCODING 'UTF8' TEMPLATE template0"
}

# bench_postgres_args DB: the application's arguments for the database on 127.0.0.1:5432 as the role tsbase.
bench_postgres_args() {
	echo "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$1 --spring.datasource.username=tsbase" \
		"--spring.datasource.password=tsbase"
}

# bench_start ARGS...: starts $JAR with $JAVA_OPTS and the arguments, its log in $WORK/app.log; sets APP_PID.
bench_start() {
	# shellcheck disable=SC2086
	java $JAVA_OPTS -jar "$JAR" "$@" >"$WORK/app.log" 2>&1 &
	APP_PID=$!
}

# bench_await_ready TIMEOUT [LINE...]: waits up to TIMEOUT seconds until the application of bench_start (on
# --server.port=0) has logged its port and each LINE (e.g. the bench profile's "Bench bases ready") and /public/ping
# answers ok; sets PORT and BASE and prints how long the start took. Exits 2 when it stops or is not ready in time.
bench_await_ready() {
	local timeout=$1 line ready=
	shift
	PORT=
	for _ in $(seq 1 "$timeout"); do
		kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped:" >&2; tail -40 "$WORK/app.log" >&2; exit 2; }
		PORT=$(grep -o 'Tomcat started on port [0-9]*' "$WORK/app.log" | grep -o '[0-9]*$' || true)
		if [ -n "$PORT" ]; then
			ready=1
			for line in "$@"; do grep -q "$line" "$WORK/app.log" || ready=; done
			[ -n "$ready" ] && [ "$(curl -s "http://127.0.0.1:$PORT/public/ping" || true)" = ok ] && break
			ready=
		fi
		sleep 1
	done
	[ -n "$ready" ] || { echo "not ready after $timeout s" >&2; tail -40 "$WORK/app.log" >&2; exit 2; }
	BASE="http://127.0.0.1:$PORT"
	echo "== ready on $BASE after $(grep -o 'Started TsbaseApplication in [0-9.]* seconds' "$WORK/app.log" | grep -o '[0-9.]* seconds')"
}

# bench_await_answer PID URL BODY TRIES PAUSE: asks URL until it answers BODY, at most TRIES times PAUSE seconds apart.
# Returns 0 when it did, 1 when the process PID ended first, 2 when it never answered so.
bench_await_answer() {
	local pid=$1 url=$2 body=$3 tries=$4 pause=$5
	for _ in $(seq 1 "$tries"); do
		kill -0 "$pid" 2>/dev/null || return 1
		[ "$(curl -s "$url" || true)" = "$body" ] && return 0
		sleep "$pause"
	done
	return 2
}

# Stops the application of bench_start (if it still runs) and waits for it.
bench_stop() {
	if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		wait "$APP_PID" 2>/dev/null || true
	fi
}

# The CSRF token of the page on standard input (a form's hidden input or the meta tag).
bench_csrf_of() { grep -o 'name="_csrf" *\(value\|content\)="[^"]*"' | head -1 | sed 's/.*\(value\|content\)="//; s/"$//'; }

# bench_login USER [JAR]: logs USER in at $BASE with $PASSWORD, the session kept in the cookie jar (default
# $WORK/cookies-USER); prints the jar's path.
bench_login() {
	local jar=${2:-$WORK/cookies-$1}
	curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
		--data-urlencode "_csrf=$(curl -s -c "$jar" "$BASE/login" | bench_csrf_of)" "$BASE/login"
	echo "$jar"
}

# bench_session_of JAR: the value of the SESSION cookie in the jar.
bench_session_of() { awk '$6 == "SESSION" { print $7 }' "$1" | tail -1; }

# A free TCP port of 127.0.0.1.
bench_free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Now, in seconds with nanoseconds.
bench_now() { date +%s.%N; }
